package org.folkmoot.api.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.audit.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Files that modules keep: evidence packs, plan documents, letters. Stored in the database, so
 * every runtime on a shared PostgreSQL serves them; streamed both in and out, never held whole in
 * memory; recognised by content; downloadable at {@code /api/files/{id}} by whoever the owner's
 * {@link NewAttachment#readRole()} admits.
 */
@ProviderType
public interface Attachments {

    /** Where the platform serves a file: {@code /api/files/{id}}. */
    String DOWNLOAD_PATH = "/api/files/";

    /**
     * Reads the content to its end and stores it, or refuses it whole (nothing written).
     *
     * @throws FileRefused too large for the module's limit, of a type not accepted (by content),
     *                     named as another type than it is, or empty
     * @throws IOException reading the content failed; nothing was stored
     */
    Attachment store(NewAttachment file, InputStream content, Actor by) throws IOException;

    Optional<Attachment> find(String id);

    List<Attachment> byOwner(String module, String owner);

    /** Writes the file's bytes to {@code out}, chunk by chunk; false when there is no such file. */
    boolean copyContent(String id, OutputStream out) throws IOException;

    /** Deletes one file; false when there was none. */
    boolean delete(String id, Actor by);

    /** Deletes every file of an owner (call it when the owner is deleted); returns how many. */
    int deleteByOwner(String module, String owner, Actor by);

    /** The largest file the module may store, in bytes. */
    long limit(String module);
}
