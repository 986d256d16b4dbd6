package org.folkmoot.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.folkmoot.platform.internal.migration.ModuleMigrator;
import org.folkmoot.platform.internal.migration.Scripts;
import org.folkmoot.platform.internal.storage.DatabaseSettings;
import org.folkmoot.platform.internal.storage.Pools;
import org.junit.jupiter.api.Assumptions;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh database for one test: H2 in a temporary directory, or a new schema in the PostgreSQL
 * named by FOLKMOOT_TEST_PG_URL (FOLKMOOT_TEST_PG_USER, FOLKMOOT_TEST_PG_PASSWORD).
 */
public final class TestDb implements AutoCloseable {

    public static final String PG_URL = "FOLKMOOT_TEST_PG_URL";

    public final String kind;
    public final HikariDataSource dataSource;
    private final Runnable cleanup;

    private TestDb(String kind, HikariDataSource dataSource, Runnable cleanup) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.cleanup = cleanup;
    }

    public static Stream<String> kinds() {
        return Stream.of("h2", "postgresql");
    }

    public static TestDb open(String kind, Path tempDir) throws Exception {
        if ("h2".equals(kind)) {
            DatabaseSettings s = DatabaseSettings.resolve("", "", "", 5, java.util.Map.of(), tempDir);
            return new TestDb(kind, Pools.open(s), () -> { });
        }
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(PG_URL + " is not set: CI must provide a PostgreSQL (see .ci/run)");
            }
            Assumptions.assumeTrue(false, "PostgreSQL tests skipped: set " + PG_URL
                    + " (jdbc:postgresql://localhost:5432/folkmoot_test), FOLKMOOT_TEST_PG_USER and FOLKMOOT_TEST_PG_PASSWORD");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DatabaseSettings admin = new DatabaseSettings(url, System.getenv("FOLKMOOT_TEST_PG_USER"),
                System.getenv("FOLKMOOT_TEST_PG_PASSWORD"), 1);
        try (HikariDataSource a = Pools.open(admin); Connection c = a.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        String sep = url.contains("?") ? "&" : "?";
        DatabaseSettings s = new DatabaseSettings(url + sep + "currentSchema=" + schema, admin.user(), admin.password(), 5);
        return new TestDb(kind, Pools.open(s), () -> {
            try (HikariDataSource a = Pools.open(admin); Connection c = a.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Opens the database and applies the platform's own migrations. */
    public static TestDb platform(String kind, Path tempDir) throws Exception {
        TestDb db = open(kind, tempDir);
        new ModuleMigrator(db.dataSource).migrate("platform", Scripts.inDirectory(platformScripts(), kind));
        return db;
    }

    public static Path platformScripts() {
        return Path.of("src/main/resources/db/migration/platform");
    }

    public DataSource ds() {
        return dataSource;
    }

    public List<String> tables() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"});
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("information_schema") || schema.startsWith("pg_"))) {
                    continue;
                }
                out.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        }
    }

    public static Path write(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    @Override
    public void close() {
        dataSource.close();
        cleanup.run();
    }
}
