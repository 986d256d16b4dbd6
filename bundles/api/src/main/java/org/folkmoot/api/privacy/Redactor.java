package org.folkmoot.api.privacy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds and replaces personal data in text: email addresses; UK phone numbers (with {@code +44},
 * {@code 0044} or a leading {@code 0}, spaced, hyphenated or bracketed, with an extension); UK
 * postcodes, spaced or not; National Insurance numbers. Dates, money, years, times, planning and
 * other reference numbers and UPRNs are left alone. The platform registers the one implementation.
 * Thread-safe; meant to be called on every text a module publishes, so it is cheap on text that holds none.
 */
@ProviderType
public interface Redactor {

    /**
     * The text with each piece of personal data replaced by its {@link PersonalData#label(String)} in
     * {@code language} (the contribution's own); null gives null.
     */
    String redact(String text, String language);

    /** Every piece of personal data in the text, in order and not overlapping. */
    List<Redacted> find(CharSequence text);

    /** True if {@link #redact} would change the text. */
    default boolean containsPersonalData(CharSequence text) {
        return text != null && !find(text).isEmpty();
    }
}
