package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RegistrationCodesTest {

    @Test
    void thirtyThousandDistinctCodesFromTheUnambiguousAlphabet() {
        List<String> codes = new RegistrationCodes(new SecureRandom()).issue(30_000);
        assertEquals(30_000, new HashSet<>(codes).size());
        Set<Character> seen = new HashSet<>();
        for (String code : codes) {
            assertTrue(code.matches("[34679ACDEFGHJKMNPQRTUVWXY]{5}-[34679ACDEFGHJKMNPQRTUVWXY]{5}"), code);
            code.chars().filter(c -> c != '-').forEach(c -> seen.add((char) c));
        }
        assertEquals(25, seen.size(), "every character of the alphabet is used");
        for (char ambiguous : "0O1IL2Z5S8B".toCharArray()) {
            assertTrue(RegistrationCodes.ALPHABET.indexOf(ambiguous) < 0, "ambiguous " + ambiguous);
        }
    }

    @Test
    void entropyIsStated() {
        assertEquals(46.44, RegistrationCodes.ENTROPY_BITS, 0.01);
    }

    @Test
    void typedCodesAreReadForgivingly() {
        assertEquals(Optional.of("7KQ4M-XH9TC"), RegistrationCodes.normalise(" 7kq4m xh9tc "));
        assertEquals(Optional.of("7KQ4M-XH9TC"), RegistrationCodes.normalise("7KQ4MXH9TC"));
        assertEquals(Optional.empty(), RegistrationCodes.normalise("7KQ4M-XH9T"));
        assertEquals(Optional.empty(), RegistrationCodes.normalise("7KQ4M-XH9T0"), "0 is never in a code");
        assertEquals(Optional.empty(), RegistrationCodes.normalise(null));
    }
}
