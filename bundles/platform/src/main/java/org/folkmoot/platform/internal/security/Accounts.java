package org.folkmoot.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.folkmoot.api.security.Roles;
import org.folkmoot.platform.internal.Jdbc;

/** Accounts, API tokens and sessions; only hashes of tokens and session ids are stored. */
public class Accounts {

    public record Account(String id, String displayName, Set<String> roles, boolean disabled) {
    }

    public record Session(String id, String csrfToken, Instant expires) {
    }

    public record SessionOf(Account account, String csrfToken) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    public static final int MIN_PASSWORD = 12;

    private final DataSource dataSource;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** The database the accounts live in, shared with the sign-in limits. */
    DataSource dataSource() {
        return dataSource;
    }

    public Accounts(DataSource dataSource, PasswordHasher hasher, Clock clock) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Account create(String id, String displayName, String password, Set<String> roles) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 100 lower case letters, digits, '.', '_', '@' or '-'");
        }
        checkRoles(roles);
        if (password != null && password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("A password must be at least " + MIN_PASSWORD + " characters long");
        }
        String hash = password == null ? null : hasher.hash(password);
        String name = displayName == null || displayName.isBlank() ? id : displayName.trim();
        return Jdbc.inTransaction(dataSource, tx -> {
            if (find(tx, id).isPresent()) {
                throw new IllegalStateException("An account named " + id + " already exists");
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO account "
                    + "(id, display_name, password_hash, created, disabled) VALUES (?, ?, ?, ?, FALSE)")) {
                ps.setString(1, id);
                ps.setString(2, name.length() > 200 ? name.substring(0, 200) : name);
                ps.setString(3, hash);
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            insertRoles(tx, id, roles);
            return new Account(id, name, Set.copyOf(roles), false);
        });
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,200}@[^@\\s]{1,99}\\.[^@\\s]{1,20}");

    /**
     * Where the account's notifications go and in which language ({@code en} or {@code cy}); an
     * empty address stops e-mail to it. False when there is no such account.
     */
    public boolean setContact(String id, String email, String language) {
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && (address.length() > 300 || !EMAIL.matcher(address).matches())) {
            throw new IllegalArgumentException("'email' is not an e-mail address");
        }
        String lang = language == null || language.isBlank() ? "en" : language.strip();
        if (!lang.equals("en") && !lang.equals("cy")) {
            throw new IllegalArgumentException("'language' is en or cy");
        }
        return Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("UPDATE account SET email = ?, language = ? WHERE id = ?")) {
                ps.setString(1, address.isEmpty() ? null : address);
                ps.setString(2, lang);
                ps.setString(3, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Replaces the account's roles; the account must exist. */
    public Account setRoles(String id, Set<String> roles) {
        checkRoles(roles);
        return Jdbc.inTransaction(dataSource, tx -> {
            Account before = find(tx, id).orElseThrow(() -> new NoSuchElementException("No account named " + id));
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM account_role WHERE account_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            insertRoles(tx, id, roles);
            return new Account(id, before.displayName(), Set.copyOf(roles), before.disabled());
        });
    }

    private static void checkRoles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        for (String r : roles) {
            if (!Roles.isGrantable(r)) {
                throw new IllegalArgumentException("'" + r + "' is not a role: admin, resident or <module>.<role> such as assets.officer");
            }
        }
    }

    private static void insertRoles(Connection tx, String id, Set<String> roles) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO account_role (account_id, role_id) VALUES (?, ?)")) {
            for (String role : new TreeSet<>(roles)) {
                ps.setString(1, id);
                ps.setString(2, role);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<Account> find(String id) {
        return Jdbc.inTransaction(dataSource, tx -> find(tx, id));
    }

    public List<Account> list() {
        return Jdbc.inTransaction(dataSource, tx -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement("SELECT id, display_name, disabled FROM account ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(tx, rs));
                }
            }
            return out;
        });
    }

    public boolean anyWithRole(String role) {
        return list().stream().anyMatch(a -> a.roles().contains(role) && !a.disabled());
    }

    /** The account, when the password is right and the account enabled. Always spends one hash's time. */
    public Optional<Account> authenticate(String id, String password) {
        String stored = Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("SELECT password_hash FROM account WHERE id = ? AND disabled = FALSE")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (stored == null) {
            hasher.verify(password, Dummy.HASH);
            return Optional.empty();
        }
        return hasher.verify(password, stored) ? find(id) : Optional.empty();
    }

    /** A hash to check unknown user names against, so that they take as long as known ones; made on first use. */
    private static final class Dummy {
        static final String HASH = new PasswordHasher().hash("no such account, spend the same time");
    }

    /** A new API token for the account; the raw token is shown once and only its hash is kept. */
    public String createToken(String accountId, String label) {
        String token = "fmt_" + randomToken();
        Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO api_token (token_hash, account_id, label, created) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, sha256(token));
                ps.setString(2, accountId);
                ps.setString(3, label == null ? "" : label.length() > 200 ? label.substring(0, 200) : label);
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            return null;
        });
        return token;
    }

    public Optional<Account> accountForToken(String token) {
        return Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("SELECT a.id, a.display_name, a.disabled "
                    + "FROM api_token t JOIN account a ON a.id = t.account_id WHERE t.token_hash = ? AND a.disabled = FALSE")) {
                ps.setString(1, sha256(token));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(tx, rs)) : Optional.empty();
                }
            }
        });
    }

    public Session createSession(String accountId, Duration ttl) {
        String id = randomToken();
        String csrf = randomToken();
        Instant expires = clock.instant().plus(ttl);
        Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement del = tx.prepareStatement("DELETE FROM user_session WHERE expires < ?")) {
                del.setTimestamp(1, Timestamp.from(clock.instant()));
                del.executeUpdate();
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO user_session (id_hash, account_id, csrf_token, expires) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, sha256(id));
                ps.setString(2, accountId);
                ps.setString(3, csrf);
                ps.setTimestamp(4, Timestamp.from(expires));
                ps.executeUpdate();
            }
            return null;
        });
        return new Session(id, csrf, expires);
    }

    public Optional<SessionOf> session(String id) {
        return Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("SELECT a.id, a.display_name, a.disabled, s.csrf_token "
                    + "FROM user_session s JOIN account a ON a.id = s.account_id WHERE s.id_hash = ? AND s.expires > ? AND a.disabled = FALSE")) {
                ps.setString(1, sha256(id));
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SessionOf(read(tx, rs), rs.getString(4))) : Optional.empty();
                }
            }
        });
    }

    public void endSession(String id) {
        Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM user_session WHERE id_hash = ?")) {
                ps.setString(1, sha256(id));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Optional<Account> find(Connection tx, String id) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT id, display_name, disabled FROM account WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(tx, rs)) : Optional.empty();
            }
        }
    }

    /** An account from a row of (id, display_name, disabled), with its roles. */
    private static Account read(Connection tx, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        Set<String> roles = new TreeSet<>();
        try (PreparedStatement ps = tx.prepareStatement("SELECT role_id FROM account_role WHERE account_id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    roles.add(r.getString(1));
                }
            }
        }
        return new Account(id, rs.getString(2), roles, rs.getBoolean(3));
    }

    String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
