package org.folkmoot.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.platform.internal.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pseudonyms as {@link Pseudonyms} documents them: {@code u-} and the first 130 bits of
 * HMAC-SHA256(secret, account id) in lower-case base32. The secret is made once per installation
 * and kept in {@code platform_setting}, so every runtime on one database derives the same
 * pseudonyms and a restart changes none.
 *
 * <p>Archives written before pseudonyms carried the account id as author; on its first start this
 * component rewrites those authors (and their author details) to the pseudonyms, once. The search
 * index never holds authors, so nothing there changes.
 */
@Component(service = {Pseudonyms.class, AuthorPseudonyms.class}, immediate = true)
public class AuthorPseudonyms implements Pseudonyms {

    static final String SECRET_SETTING = "author.pseudonym.secret";
    static final String MIGRATED_SETTING = "author.pseudonym.migrated";
    private static final Logger LOG = LoggerFactory.getLogger(AuthorPseudonyms.class);
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final SecretKeySpec key;
    private final Mac keyed;

    @Activate
    public AuthorPseudonyms(@Reference(target = "(folkmoot.storage=main)") DataSource dataSource,
            @Reference(target = "(folkmoot.module=platform)") ModuleSchema schema) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(secret(dataSource)), "HmacSHA256");
        this.keyed = keyed(key);
        migrate(dataSource);
    }

    /** For tests: a given secret. */
    AuthorPseudonyms(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.keyed = keyed(key);
    }

    @Override
    public String authorOf(FolkmootUser user) {
        return of(user.id());
    }

    /** The pseudonym of an account id. */
    public String of(String accountId) {
        byte[] mac = hmac().doFinal(accountId.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder("u-");
        for (int i = 0; i < 26; i++) {
            int bit = i * 5;
            int twoBytes = ((mac[bit / 8] & 0xff) << 8) | (mac[bit / 8 + 1] & 0xff);
            out.append(BASE32[(twoBytes >> (11 - bit % 8)) & 31]);
        }
        return out.toString();
    }

    /**
     * A MAC of its own for this call, cloned from one keyed once: looking the algorithm up and keying it
     * cost more than the MAC of an account id, and a bootstrap derives thousands of pseudonyms a second.
     */
    private Mac hmac() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            return keyed(key);
        }
    }

    private static Mac keyed(SecretKeySpec key) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** This installation's secret, made on the first start (the first runtime to insert it wins). */
    private static String secret(DataSource dataSource) {
        try {
            return readOrMakeSecret(dataSource);
        } catch (org.folkmoot.api.storage.StorageException raced) {
            // another runtime on the same database inserted it between our read and our insert
            return readOrMakeSecret(dataSource);
        }
    }

    private static String readOrMakeSecret(DataSource dataSource) {
        return Jdbc.inTransaction(dataSource, tx -> {
            String existing = setting(tx, SECRET_SETTING);
            if (existing != null) {
                return existing;
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String encoded = Base64.getEncoder().encodeToString(fresh);
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO platform_setting (name, setting_value) VALUES (?, ?)")) {
                ps.setString(1, SECRET_SETTING);
                ps.setString(2, encoded);
                ps.executeUpdate();
            }
            return encoded;
        });
    }

    /** Authors that are account ids (written before pseudonyms) become their pseudonyms, once. */
    private void migrate(DataSource dataSource) {
        try {
            migrateOnce(dataSource);
        } catch (org.folkmoot.api.storage.StorageException raced) {
            // another runtime migrated at the same moment and recorded it first; the updates are idempotent
            migrateOnce(dataSource);
        }
    }

    private void migrateOnce(DataSource dataSource) {
        int[] moved = {0};
        Jdbc.inTransaction(dataSource, tx -> {
            if (setting(tx, MIGRATED_SETTING) != null) {
                return null;
            }
            List<String> ids = new ArrayList<>(List.of(SecurityService.ADMIN_TOKEN_USER));
            try (PreparedStatement ps = tx.prepareStatement("SELECT id FROM account"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            try (PreparedStatement contributions = tx.prepareStatement("UPDATE contribution SET author = ? WHERE author = ?");
                    PreparedStatement details = tx.prepareStatement("UPDATE author_details SET author = ? WHERE author = ?")) {
                for (String id : ids) {
                    contributions.setString(1, of(id));
                    contributions.setString(2, id);
                    moved[0] += contributions.executeUpdate();
                    details.setString(1, of(id));
                    details.setString(2, id);
                    details.executeUpdate();
                }
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO platform_setting (name, setting_value) VALUES (?, ?)")) {
                ps.setString(1, MIGRATED_SETTING);
                ps.setString(2, java.time.Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
        if (moved[0] > 0) {
            LOG.info("Archive authors: {} contributions written under an account id now carry its pseudonym", moved[0]);
        }
    }

    private static String setting(Connection tx, String name) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT setting_value FROM platform_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
