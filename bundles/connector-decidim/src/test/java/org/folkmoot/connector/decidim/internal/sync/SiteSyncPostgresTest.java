package org.folkmoot.connector.decidim.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.folkmoot.api.archive.ContributionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The sync on PostgreSQL, as councils run it: the connector's tables, the resume state and the runs, with the
 * archive's own operations, in a schema of its own (FOLKMOOT_TEST_PG_URL, _USER, _PASSWORD, as {@code .ci/run}
 * sets them; skipped without them outside CI).
 */
class SiteSyncPostgresTest {

    private PGSimpleDataSource admin;
    private String schema;
    private SyncHarness h;

    @AfterEach
    void drop() throws Exception {
        if (h != null) {
            h.close();
        }
        if (schema != null) {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aSiteIsFollowedKeptInStepAndResumedOnPostgresql() throws Exception {
        String url = System.getenv("FOLKMOOT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("FOLKMOOT_TEST_PG_URL is not set: CI must provide a PostgreSQL (see .ci/run)");
            }
            Assumptions.assumeTrue(false, "PostgreSQL tests skipped: set FOLKMOOT_TEST_PG_URL, _USER and _PASSWORD");
        }
        admin = source(url);
        schema = "t_decidim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = source(url);
        ds.setCurrentSchema(schema);
        h = new SyncHarness("0.31", List.of(), ds);

        SyncRun first = h.follower.newItems();
        assertEquals("done", first.outcome(), first.problem());
        assertEquals(12, first.counts().created());

        h.decidim.editBody("11", "101", "body", "en", "<p>Benches, please, and shade.</p>", "2026-11-21T09:00:00Z");
        h.decidim.remove("11", "102");
        h.decidim.deleteAccount("505");
        SyncRun reconcile = h.follower.reconcile();

        assertEquals(1, reconcile.counts().edited(), reconcile.counts().toString());
        assertEquals("Benches, please, and shade.", h.contribution("proposal", "101").body());
        assertEquals(ContributionState.HIDDEN, h.contribution("proposal", "102").state());
        assertEquals(ContributionState.ERASED, h.contribution("debate", "201").state());
        assertEquals(0, h.follower.reconcile().counts().changes(), "and nothing the second time");
        assertTrue(h.store.runs(h.site.host(), 10).size() >= 3);
        assertEquals("Decidim (version not disclosed); taxonomies; likes", h.store.state(h.site.host()).schemaSummary());
    }

    private static PGSimpleDataSource source(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(System.getenv("FOLKMOOT_TEST_PG_USER"));
        ds.setPassword(System.getenv("FOLKMOOT_TEST_PG_PASSWORD"));
        return ds;
    }
}
