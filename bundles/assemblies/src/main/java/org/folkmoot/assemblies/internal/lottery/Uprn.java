package org.folkmoot.assemblies.internal.lottery;

import java.util.Optional;

/**
 * The Unique Property Reference Number as the lottery keys it. A UPRN is a number of up to 12
 * digits; exports write it with or without leading zeros (and spreadsheets drop them), so the
 * lottery uses the digits with leading zeros removed: {@code 00010001234} and {@code 10001234} are
 * one household, and an auditor who opens the file in a spreadsheet gets the same text.
 */
public final class Uprn {
    private Uprn() {
    }

    /** The canonical UPRN, or empty when the text is not one (blank, not digits, more than 12 digits once leading zeros are gone, zero). */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 40) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        String canonical = digits.substring(start);
        return canonical.length() > 12 || canonical.equals("0") ? Optional.empty() : Optional.of(canonical);
    }
}
