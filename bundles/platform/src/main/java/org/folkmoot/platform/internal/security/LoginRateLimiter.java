package org.folkmoot.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import org.folkmoot.platform.internal.Jdbc;

/**
 * Refuses further login attempts after too many failures in a window, counted per user name and
 * client address together, and per address over all names (four times as many, since a council
 * office may share one address). Never per name alone: then anyone who knows a resident's sign-in
 * name could lock them out from anywhere, five wrong passwords at a time. A success clears that
 * name's count at that address.
 *
 * <p>The failures are rows of the table {@code login_failure}, not memory: several runtimes on one
 * database behind a load balancer count the same attempts, wherever each one lands.
 */
public final class LoginRateLimiter {

    private final DataSource dataSource;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public LoginRateLimiter(DataSource dataSource, Clock clock, int maxFailures, Duration window) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long to wait before trying again, when blocked. */
    public Optional<Duration> blocked(String user, String origin) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        String[] keys = keys(user, origin);
        return Jdbc.inTransaction(dataSource, tx -> {
            Duration wait = null;
            for (int i = 0; i < keys.length; i++) {
                // An address gets more room than one account: a council office may share one address.
                int limit = i == 1 ? maxFailures * 4 : maxFailures;
                try (PreparedStatement q = tx.prepareStatement("SELECT failed_at FROM login_failure "
                        + "WHERE failure_key = ? AND failed_at > ? ORDER BY failed_at DESC LIMIT " + limit)) {
                    q.setString(1, keys[i]);
                    q.setTimestamp(2, Timestamp.from(since));
                    Instant oldestCounted = null;
                    int count = 0;
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            oldestCounted = rs.getTimestamp(1).toInstant();
                            count++;
                        }
                    }
                    if (count >= limit) {
                        Duration w = Duration.between(now, oldestCounted.plus(window));
                        wait = wait == null || w.compareTo(wait) > 0 ? w : wait;
                    }
                }
            }
            return Optional.ofNullable(wait);
        });
    }

    public void failed(String user, String origin) {
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement old = tx.prepareStatement("DELETE FROM login_failure WHERE failed_at <= ?")) {
                old.setTimestamp(1, Timestamp.from(now.minus(window)));
                old.executeUpdate();
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO login_failure (failure_key, failed_at) VALUES (?, ?)")) {
                for (String key : keys(user, origin)) {
                    ps.setString(1, key);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public void succeeded(String user, String origin) {
        Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM login_failure WHERE failure_key = ?")) {
                ps.setString(1, keys(user, origin)[0]);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The name at the address first, then the address; hashed, so neither is stored as typed. */
    private static String[] keys(String user, String origin) {
        return new String[] {sha256("u:" + user + "\u0000" + origin), sha256("o:" + origin)};
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
