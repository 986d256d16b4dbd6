package org.folkmoot.platform.internal.archive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes email addresses, UK phone numbers and UK postcodes from text before it is published
 * (export, public API). The archive keeps the text as written; officers see it whole.
 */
public final class Redactor {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)\\d[\\d \\-()]{7,14}\\d(?!\\w)");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])");

    private Redactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = EMAIL.matcher(text).replaceAll("[email removed]");
        Matcher phone = PHONE.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (phone.find()) {
            long digits = phone.group().chars().filter(Character::isDigit).count();
            String replacement = digits >= 10 && digits <= 13 ? "[phone number removed]" : phone.group();
            phone.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        phone.appendTail(sb);
        return POSTCODE.matcher(sb.toString()).replaceAll("[postcode removed]");
    }
}
