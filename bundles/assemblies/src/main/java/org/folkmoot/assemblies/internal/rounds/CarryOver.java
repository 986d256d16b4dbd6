package org.folkmoot.assemblies.internal.rounds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Which members carry over to a standing assembly's next round when they are chosen by lot: each
 * member who may carry over gets the key SHA-256(seed + pseudonym), the UTF-8 bytes of the public
 * seed followed at once by the pseudonym's, written in lower-case hexadecimal; the members with the
 * smallest keys carry over. Anyone can recompute it from the seed and the list of members who could
 * carry over (both published with the round), e.g. {@code printf '%s%s' "$SEED" P-ABCD2345 | sha256sum},
 * then sorting the keys.
 */
public final class CarryOver {
    private CarryOver() {
    }

    /** The key a member is ordered by. */
    public static String key(String seed, String pseudonym) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((seed + pseudonym).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The {@code count} members with the smallest keys, smallest first (ties, never met in practice, by pseudonym). */
    public static List<String> byLot(Collection<String> eligible, String seed, int count) {
        return eligible.stream().distinct()
                .sorted(Comparator.comparing((String p) -> key(seed, p)).thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(0, count)).toList();
    }
}
