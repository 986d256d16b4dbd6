/**
 * Files modules attach to what they own: evidence packs, plan documents, letters.
 *
 * <p>A module stores a file with {@link org.folkmoot.api.files.Attachments#store}, giving its
 * owner (an id of the module's own), who uploaded it and who may read it. The platform checks the
 * type by content (PDF, ODT, DOCX, PNG, JPEG, CSV; the name's extension must agree), applies the
 * module's size limit, keeps the SHA-256, and stores the bytes in the database in chunks, so that
 * neither upload nor download holds a file whole in memory. Files are served at
 * {@code /api/files/{id}} with {@code Content-Disposition}, {@code X-Content-Type-Options: nosniff}
 * and their type. Deleting the owner must call
 * {@link org.folkmoot.api.files.Attachments#deleteByOwner}; erasing an author deletes the files
 * they uploaded.
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
