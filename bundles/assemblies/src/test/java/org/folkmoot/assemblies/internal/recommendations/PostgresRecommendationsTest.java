package org.folkmoot.assemblies.internal.recommendations;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same lifecycle on a real PostgreSQL, in a schema of its own dropped afterwards. Needs
 * FOLKMOOT_TEST_PG_URL (set by .ci/run); skipped without it, except under CI=true.
 */
class PostgresRecommendationsTest extends RecommendationsTest {
    private PGSimpleDataSource ds;
    private String schema;

    @Override
    DataSource database() throws Exception {
        String url = System.getenv("FOLKMOOT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("FOLKMOOT_TEST_PG_URL is not set under CI=true");
            }
            assumeTrue(false, "PostgreSQL tests skipped: run .ci/run, or set FOLKMOOT_TEST_PG_URL, FOLKMOOT_TEST_PG_USER and"
                    + " FOLKMOOT_TEST_PG_PASSWORD");
        }
        schema = "recommendations_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(System.getenv("FOLKMOOT_TEST_PG_USER"));
        ds.setPassword(System.getenv("FOLKMOOT_TEST_PG_PASSWORD"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        ds.setCurrentSchema(schema);
        Harness.migrate(ds);
        return ds;
    }

    @AfterEach
    void drop() throws Exception {
        if (schema != null) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
