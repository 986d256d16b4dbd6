package org.folkmoot.assets.internal.text;

import java.util.regex.Pattern;

/**
 * Takes personal contact details out of text before it is shown publicly: email addresses, UK
 * phone numbers and postcodes. The archive keeps what was written; only what is published is
 * redacted.
 */
public final class Redaction {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(\\+44\\s?\\(?0?\\)?\\s?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\w)");
    private static final Pattern POSTCODE = Pattern.compile("\\b(GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null) {
            return "";
        }
        String t = EMAIL.matcher(text).replaceAll("[email removed]");
        t = PHONE.matcher(t).replaceAll("[phone removed]");
        return POSTCODE.matcher(t).replaceAll("[postcode removed]");
    }
}
