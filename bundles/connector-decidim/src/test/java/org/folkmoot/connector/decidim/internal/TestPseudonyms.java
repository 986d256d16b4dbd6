package org.folkmoot.connector.decidim.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;

/** Pseudonyms of the documented form for unit tests: a hash of what they are derived from (no secret). */
public final class TestPseudonyms implements Pseudonyms {

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    @Override
    public String authorOf(FolkmootUser user) {
        return of("user\n" + user.id());
    }

    private static String of(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder("u-");
            for (int i = 0; i < 26; i++) {
                out.append(BASE32[(hash[i] & 0xff) % 32]);
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
