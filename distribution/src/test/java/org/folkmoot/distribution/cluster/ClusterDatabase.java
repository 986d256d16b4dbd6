package org.folkmoot.distribution.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of the cluster's own, created empty and dropped at the end: on the test's own
 * server ({@link PostgresServer}, which the test restarts under the runtimes), or, for the benchmark,
 * beside the one {@code .ci/run} provides (FOLKMOOT_TEST_PG_URL, _USER, _PASSWORD: the role may create
 * databases), so that nothing another test left there touches it.
 */
public final class ClusterDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private ClusterDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** A new, empty database on the test's own server. */
    public static ClusterDatabase create(PostgresServer server) throws SQLException {
        return create(server.url("postgres"), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** A new, empty database beside FOLKMOOT_TEST_PG_URL's; skips (fails on CI) when no PostgreSQL is given. */
    public static ClusterDatabase create() throws SQLException {
        String url = System.getenv("FOLKMOOT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("FOLKMOOT_TEST_PG_URL is not set: CI must provide a PostgreSQL (see .ci/run)");
            }
            Assumptions.assumeTrue(false, "set FOLKMOOT_TEST_PG_URL, FOLKMOOT_TEST_PG_USER and FOLKMOOT_TEST_PG_PASSWORD");
        }
        return create(url, System.getenv().getOrDefault("FOLKMOOT_TEST_PG_USER", ""),
                System.getenv().getOrDefault("FOLKMOOT_TEST_PG_PASSWORD", ""));
    }

    private static ClusterDatabase create(String adminUrl, String user, String password) throws SQLException {
        String name = "folkmoot_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ClusterDatabase db = new ClusterDatabase(adminUrl, user, password, name);
        db.admin("CREATE DATABASE " + name);
        return db;
    }

    /** The JDBC URL of this database. */
    public String url() {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    /** What a runtime needs in its environment to use this database. */
    public Map<String, String> environment() {
        return Map.of("FOLKMOOT_DB_URL", url(), "FOLKMOOT_DB_USER", user, "FOLKMOOT_DB_PASSWORD", password);
    }

    /** Rows of a query on this database, each as its columns' values as text. */
    public List<List<String>> query(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user, password);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
