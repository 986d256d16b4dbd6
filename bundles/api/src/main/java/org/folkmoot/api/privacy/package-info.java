/**
 * Privacy: one redaction of the personal data residents type into what they write (email addresses,
 * UK phone numbers, UK postcodes, National Insurance numbers), with one set of labels in English and
 * Welsh.
 *
 * <p>The archive keeps what was written; what is published (exports, public lists, module pages,
 * the search index and its snippets) goes through the platform's {@link org.folkmoot.api.privacy.Redactor}
 * service, which writes {@link org.folkmoot.api.privacy.PersonalData#label(String)} in the
 * contribution's language in place of each match. A bundle that must not index the labels themselves
 * (search) finds them by {@link org.folkmoot.api.privacy.PersonalData#labels()}. Redacting is idempotent:
 * no label holds personal data.
 *
 * <p>What each part of Folkmoot keeps about people, for the council's privacy notice, is a
 * {@link org.folkmoot.api.privacy.PersonalDataNotice} each part registers.
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
