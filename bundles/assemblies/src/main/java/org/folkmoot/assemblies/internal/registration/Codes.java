package org.folkmoot.assemblies.internal.registration;

import java.security.SecureRandom;
import java.util.Locale;

/** How registration codes and pseudonyms are written and read. */
public final class Codes {
    /** No 0/O, 1/I/L: nothing a person could misread on a letter. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    /** A code as typed, in the form it is stored: upper case, without spaces or hyphens. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Whether a text has the form of a member's pseudonym: {@code P-} and 8 capital letters or digits. */
    public static boolean isPseudonym(String text) {
        return text != null && text.matches("P-[A-Z0-9]{8}");
    }

    /** A new pseudonym for publishing a person's probability: {@code P-} and 8 characters (40 bits). */
    public static String pseudonym() {
        StringBuilder s = new StringBuilder("P-");
        for (int i = 0; i < 8; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
