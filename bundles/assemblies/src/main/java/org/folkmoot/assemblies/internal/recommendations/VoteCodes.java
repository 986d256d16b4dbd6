package org.folkmoot.assemblies.internal.recommendations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.folkmoot.assemblies.internal.lottery.RegistrationCodes;

/**
 * One-time codes for voting on a device: the registration codes' alphabet and length (10
 * characters from 25, {@value RegistrationCodes#LENGTH} drawn from {@link SecureRandom}: 46.4 bits,
 * printed {@code XXXXX-XXXXX}), so they cannot be guessed. Only their SHA-256 is stored: the code
 * itself is shown once, to the facilitator who hands each member theirs.
 */
public final class VoteCodes {
    private final RegistrationCodes codes = new RegistrationCodes(new SecureRandom());

    public List<String> issue(int count) {
        return codes.issue(count);
    }

    /** The stored form of a code as typed (case, spaces and hyphens ignored); empty when it cannot be a code. */
    public static Optional<String> hash(String typed) {
        return RegistrationCodes.normalise(typed).map(VoteCodes::sha256);
    }

    static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
