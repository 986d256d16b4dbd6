package org.folkmoot.features;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The council's choice of modules, recorded in the database every runtime shares (the platform's
 * table {@code module_choice}), so that enabling or disabling a module is the council's decision and
 * not one machine's: each runtime makes its own {@code deploy/} follow it
 * ({@link Installation#follow(Map, java.util.function.Consumer)}). Used on PostgreSQL only: an
 * embedded H2 database belongs to one runtime, whose {@code deploy/} is then the record.
 */
public final class ModuleChoices {

    /** Opens a connection to the shared database; the caller closes it. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;

    public ModuleChoices(Connections connections) {
        this.connections = connections;
    }

    /** Whether a JDBC URL names a database several runtimes can share. */
    public static boolean shared(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** Every recorded choice: module id to enabled. Modules never chosen are absent. */
    public Map<String, Boolean> all() throws SQLException {
        Map<String, Boolean> choices = new TreeMap<>();
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT module, enabled FROM module_choice");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                choices.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        return choices;
    }

    /** Records that the module is to be enabled (or not) on every runtime, by whom and when. */
    public void record(String module, boolean enabled, String decidedBy, Instant at) throws SQLException {
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            for (int attempt = 0; ; attempt++) {
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE module_choice SET enabled = ?, decided_by = ?, decided_at = ? WHERE module = ?")) {
                    up.setBoolean(1, enabled);
                    up.setString(2, decidedBy);
                    up.setTimestamp(3, Timestamp.from(at));
                    up.setString(4, module);
                    if (up.executeUpdate() == 1) {
                        return;
                    }
                }
                try (PreparedStatement in = c.prepareStatement(
                        "INSERT INTO module_choice (module, enabled, decided_by, decided_at) VALUES (?, ?, ?, ?)")) {
                    in.setString(1, module);
                    in.setBoolean(2, enabled);
                    in.setString(3, decidedBy);
                    in.setTimestamp(4, Timestamp.from(at));
                    in.executeUpdate();
                    return;
                } catch (SQLException raced) {
                    if (attempt > 0) { // someone else inserted it between our update and insert: update theirs
                        throw raced;
                    }
                }
            }
        }
    }
}
