package org.folkmoot.platform.internal.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Applies one module's versioned SQL scripts ({@code V<version>__<description>.sql}, Flyway's naming)
 * in version order, each in its own transaction, and records them in the module's own history
 * table {@code schema_history_<module>} with a checksum. A script already applied whose text has
 * changed is refused, as is a failing script, which is rolled back where the database allows
 * (PostgreSQL rolls back DDL; H2 commits each DDL statement).
 *
 * <p>Why not Flyway: flyway-core 9.22.3, the last release with PostgreSQL support inside the core
 * bundle, instantiates every plugin listed in its {@code META-INF/services}, one of which needs Gson,
 * but its manifest imports no Gson package, so inside OSGi its database registry fails to initialise
 * (reproduced with the test class path holding exactly what the manifest imports). Flyway 10 and later
 * move PostgreSQL support into a separate jar found only through {@code ServiceLoader} on Flyway's own
 * class loader, which a separate bundle cannot reach without fragments.
 */
public final class ModuleMigrator {

    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(\\w[\\w .-]*)\\.sql");

    private final DataSource dataSource;

    public ModuleMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The history table of a module: {@code schema_history_<module>}. */
    public static String historyTable(String module) {
        String id = module.toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        if (!MODULE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Module id '" + module + "' cannot name a table");
        }
        return "schema_history_" + id;
    }

    record Versioned(List<Integer> version, String text, String description, MigrationScript script) {
    }

    /** Applies pending scripts; returns the module's schema version afterwards ({@code 0} when it has none). */
    public String migrate(String module, List<MigrationScript> scripts) throws MigrationFailure {
        String table = historyTable(module);
        List<Versioned> ordered = order(module, scripts);
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            c.setAutoCommit(false);
            if (postgres) {
                // Several runtimes may share one PostgreSQL: one migrates a module at a time, and that
                // includes creating its history table (two CREATE TABLE IF NOT EXISTS at once collide there).
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, table.hashCode());
                    lock.execute();
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + table + " (version VARCHAR(50) PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, script VARCHAR(300) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                        + "installed_on TIMESTAMP WITH TIME ZONE NOT NULL, execution_ms BIGINT NOT NULL, success BOOLEAN NOT NULL)");
            } catch (SQLException e) {
                c.rollback();
                throw new MigrationFailure("Module '" + module + "': cannot create its history table " + table + ": "
                        + e.getMessage(), e);
            }
            Map<String, String> applied = applied(c, table);
            c.commit();
            String current = "0";
            for (Versioned v : ordered) {
                String checksum = checksum(v.script().text().get());
                String known = applied.get(v.text());
                if (known != null) {
                    if (!known.equals(checksum)) {
                        throw new MigrationFailure("Module '" + module + "': script " + v.script().filename()
                                + " was changed after it had been applied; add a new script instead", null);
                    }
                    current = v.text();
                    continue;
                }
                apply(c, table, module, v, checksum, postgres);
                current = v.text();
            }
            return current;
        } catch (SQLException e) {
            throw new MigrationFailure("Module '" + module + "': " + e.getMessage(), e);
        }
    }

    private static List<Versioned> order(String module, List<MigrationScript> scripts) throws MigrationFailure {
        List<Versioned> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (MigrationScript s : scripts) {
            Matcher m = SCRIPT.matcher(s.filename());
            if (!m.matches()) {
                throw new MigrationFailure("Module '" + module + "': script " + s.filename()
                        + " is not named V<version>__<description>.sql", null);
            }
            List<Integer> parts = new ArrayList<>();
            for (String p : m.group(1).split("[._]")) {
                parts.add(Integer.parseInt(p));
            }
            String text = m.group(1).replace('_', '.');
            if (seen.put(text, s.filename()) != null) {
                throw new MigrationFailure("Module '" + module + "': two scripts have version " + text, null);
            }
            out.add(new Versioned(parts, text, m.group(2).replace('_', ' '), s));
        }
        out.sort(Comparator.comparing(Versioned::version, ModuleMigrator::compareVersions));
        return out;
    }

    private static int compareVersions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static Map<String, String> applied(Connection c, String table) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, checksum FROM " + table + " WHERE success = TRUE")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static void apply(Connection c, String table, String module, Versioned v, String checksum, boolean postgres)
            throws MigrationFailure, SQLException {
        long start = System.nanoTime();
        if (postgres) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, table.hashCode());
                lock.execute();
            }
            // Another runtime may have applied it while we waited.
            if (applied(c, table).containsKey(v.text())) {
                c.commit();
                return;
            }
        }
        List<String> statements = SqlStatements.split(v.script().text().get());
        int n = 0;
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                n++;
                st.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                    + " (version, description, script, checksum, installed_on, execution_ms, success) "
                    + "VALUES (?, ?, ?, ?, ?, ?, TRUE)")) {
                ps.setString(1, v.text());
                ps.setString(2, v.description().length() > 200 ? v.description().substring(0, 200) : v.description());
                ps.setString(3, v.script().filename());
                ps.setString(4, checksum);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.setLong(6, (System.nanoTime() - start) / 1_000_000);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new MigrationFailure("Module '" + module + "': script " + v.script().filename() + " failed at statement "
                    + n + " of " + statements.size() + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String checksum(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
