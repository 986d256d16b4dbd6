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
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.folkmoot.api.security.Role;
import org.folkmoot.platform.internal.Jdbc;

/** Accounts, API tokens and sessions; only hashes of tokens and session ids are stored. */
public class Accounts {

    public record Account(String id, String displayName, Set<Role> roles, Set<String> modules, boolean disabled) {
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

    public Accounts(DataSource dataSource, PasswordHasher hasher, Clock clock) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Account create(String id, String displayName, String password, Set<Role> roles, Set<String> modules) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 100 lower case letters, digits, '.', '_', '@' or '-'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        if (password != null && password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("A password must be at least " + MIN_PASSWORD + " characters long");
        }
        for (String m : modules) {
            if (!m.equals("*") && !m.matches("[a-z0-9._-]{1,100}")) {
                throw new IllegalArgumentException("Module permission '" + m + "' is not a module id");
            }
        }
        String hash = password == null ? null : hasher.hash(password);
        String name = displayName == null || displayName.isBlank() ? id : displayName.trim();
        return Jdbc.inTransaction(dataSource, tx -> {
            if (find(tx, id).isPresent()) {
                throw new IllegalStateException("An account named " + id + " already exists");
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO account "
                    + "(id, display_name, password_hash, roles, modules, created, disabled) VALUES (?, ?, ?, ?, ?, ?, FALSE)")) {
                ps.setString(1, id);
                ps.setString(2, name.length() > 200 ? name.substring(0, 200) : name);
                ps.setString(3, hash);
                ps.setString(4, roles.stream().map(Role::id).sorted().collect(Collectors.joining(",")));
                ps.setString(5, String.join(",", new java.util.TreeSet<>(modules)));
                ps.setTimestamp(6, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            return new Account(id, name, Set.copyOf(roles), Set.copyOf(modules), false);
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

    public Optional<Account> find(String id) {
        return Jdbc.inTransaction(dataSource, tx -> find(tx, id));
    }

    public List<Account> list() {
        return Jdbc.inTransaction(dataSource, tx -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement("SELECT id, display_name, roles, modules, disabled FROM account ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    public boolean anyWithRole(Role role) {
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
            try (PreparedStatement ps = tx.prepareStatement("SELECT a.id, a.display_name, a.roles, a.modules, a.disabled "
                    + "FROM api_token t JOIN account a ON a.id = t.account_id WHERE t.token_hash = ? AND a.disabled = FALSE")) {
                ps.setString(1, sha256(token));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
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
            try (PreparedStatement ps = tx.prepareStatement("SELECT a.id, a.display_name, a.roles, a.modules, a.disabled, s.csrf_token "
                    + "FROM user_session s JOIN account a ON a.id = s.account_id WHERE s.id_hash = ? AND s.expires > ? AND a.disabled = FALSE")) {
                ps.setString(1, sha256(id));
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SessionOf(read(rs), rs.getString(6))) : Optional.empty();
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
        try (PreparedStatement ps = tx.prepareStatement("SELECT id, display_name, roles, modules, disabled FROM account WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Account read(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : rs.getString(3).split(",")) {
            Role.fromId(r).ifPresent(roles::add);
        }
        String modules = rs.getString(4);
        Set<String> mods = modules.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(modules.split(",")));
        return new Account(rs.getString(1), rs.getString(2), roles, mods, rs.getBoolean(5));
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
