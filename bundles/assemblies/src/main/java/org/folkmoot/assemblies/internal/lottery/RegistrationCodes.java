package org.folkmoot.assemblies.internal.lottery;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The code printed on each letter, typed on the registration page to show the household was
 * drawn. Ten characters, shown as two groups of five ({@code 7KQ4M-XH9TC}), from 25 letters and
 * digits that cannot be mistaken for one another in print or handwriting: no {@code 0 O}, no
 * {@code 1 I L}, no {@code 2 Z}, no {@code 5 S}, no {@code 8 B}: exactly
 * {@value #ALPHABET}. That is log2(25^10) = 46.4 bits of entropy from {@link SecureRandom}: with
 * 30,000 letters out, a guess is right about once in 3,000 million tries, and the registration
 * page rate-limits wrong codes. Codes do not come from the lottery's public seed, so publishing
 * the seed gives nobody anyone's code; they are unique within one call of {@link #issue}.
 */
public final class RegistrationCodes {
    public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 10;
    /** log2(25^10). */
    public static final double ENTROPY_BITS = LENGTH * Math.log(ALPHABET.length()) / Math.log(2);

    private final SecureRandom random;

    public RegistrationCodes(SecureRandom random) {
        this.random = random;
    }

    /** {@code count} distinct codes, in the printed form {@code XXXXX-XXXXX}. */
    public java.util.List<String> issue(int count) {
        Set<String> codes = new HashSet<>(count * 2);
        java.util.List<String> list = new java.util.ArrayList<>(count);
        while (list.size() < count) {
            String code = next();
            if (codes.add(code)) {
                list.add(code);
            }
        }
        return list;
    }

    /** One code, in the printed form {@code XXXXX-XXXXX}. */
    public String next() {
        char[] code = new char[LENGTH + 1];
        for (int i = 0, j = 0; i < LENGTH; i++, j++) {
            if (i == LENGTH / 2) {
                code[j++] = '-';
            }
            code[j] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /**
     * The code as a person typed it, in the printed form: case, spaces and hyphens do not matter.
     * Empty when it cannot be a code (wrong length, a character not in the alphabet).
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < compact.length(); i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(compact.substring(0, LENGTH / 2) + "-" + compact.substring(LENGTH / 2));
    }
}
