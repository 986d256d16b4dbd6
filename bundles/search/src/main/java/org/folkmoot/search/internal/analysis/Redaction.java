package org.folkmoot.search.internal.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data a resident may have typed into a contribution (email addresses, UK phone
 * numbers, UK postcodes) so it can be redacted from what is indexed and what is shown.
 *
 * <p>{@link #redact(String)} gives the text to store and show, with a visible label in place of
 * each match. {@link RedactingCharFilter} removes the same matches, and these labels, before
 * tokenising, so neither the personal data nor the labels become searchable terms.
 */
public final class Redaction {

    /** What replaces personal data in stored and shown text. */
    public static final String EMAIL_LABEL = "[email removed]";
    public static final String PHONE_LABEL = "[phone removed]";
    public static final String POSTCODE_LABEL = "[postcode removed]";

    // Starts only at the start of a run of local-part characters, possessive: linear, not quadratic, in word length.
    private static final String EMAIL = "(?<email>(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]++@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,})";
    // +44 / 0044 / 0 followed by 9 or 10 further digits, grouped by spaces, dashes, dots or brackets.
    private static final String PHONE = "(?<phone>(?<![\\p{L}\\p{N}+])(?:(?:\\+|00)44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(?0)"
            + "\\d(?:[\\s.()-]{0,2}\\d){8,9}(?!\\p{N}))";
    // Outward code (A9, A9A, A99, AA9, AA9A, AA99), optional space, inward code (9AA); GIR 0AA.
    private static final String POSTCODE = "(?<postcode>(?<![\\p{L}\\p{N}])(?:[A-Za-z][A-HJ-Ya-hj-y]?\\d[A-Za-z\\d]?|GIR|gir)"
            + "[ \\t\\u00A0]?\\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\\p{L}\\p{N}]))";
    private static final String LABELS = "(?<label>" + Pattern.quote(EMAIL_LABEL) + "|" + Pattern.quote(PHONE_LABEL)
            + "|" + Pattern.quote(POSTCODE_LABEL) + ")";

    static final Pattern PERSONAL_DATA = Pattern.compile(EMAIL + "|" + PHONE + "|" + POSTCODE + "|" + LABELS);
    /** Only the labels: for text that has already been through {@link #redact}. */
    static final Pattern LABELS_ONLY = Pattern.compile(LABELS);

    private Redaction() {
    }

    /** The text with every email, UK phone number and UK postcode replaced by a label. */
    public static String redact(String text) {
        if (text == null || !mayContainPersonalData(text)) {
            return text;
        }
        Matcher m = PERSONAL_DATA.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String label = label(m);
            if (label == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(label);
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** True if the text holds personal data that {@link #redact} would replace. */
    public static boolean containsPersonalData(String text) {
        Matcher m = PERSONAL_DATA.matcher(text);
        while (m.find()) {
            if (m.group("label") == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cheap pre-check, so most texts skip the regular expression: an email needs an '@', a label a
     * '[', a phone number at least ten digits, a postcode a digit followed by two letters (its inward
     * code, {@code 1AA}). Years, prices and "2nd" alone do not qualify.
     */
    static boolean mayContainPersonalData(CharSequence text) {
        int digits = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '[') {
                return true;
            }
            if (Character.isDigit(c)) {
                if (++digits >= 10) {
                    return true;
                }
                if (i + 2 < n && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The label for a match, or null if the match is already a label. */
    static String label(Matcher m) {
        if (m.group("email") != null) {
            return EMAIL_LABEL;
        }
        if (m.group("phone") != null) {
            return PHONE_LABEL;
        }
        if (m.group("postcode") != null) {
            return POSTCODE_LABEL;
        }
        return null;
    }
}
