package org.folkmoot.connector.decidim.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataGenerator;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataLimits;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataProgress;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataRecords;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataService;
import org.folkmoot.testkit.PostgresSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sync on PostgreSQL, as councils run it: the connector's tables, the resume state and the runs, with the
 * archive's own operations, in a schema of its own (FOLKMOOT_TEST_PG_URL, _USER, _PASSWORD, as {@code .ci/run}
 * sets them; skipped without them outside CI).
 */
class SiteSyncPostgresTest {

    private PostgresSchema schema;
    private SyncHarness h;

    @AfterEach
    void drop() throws Exception {
        if (h != null) {
            h.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void aSiteIsFollowedKeptInStepAndResumedOnPostgresql() throws Exception {
        schema = PostgresSchema.create("t_decidim");
        h = new SyncHarness("0.31", List.of(), schema.dataSource());

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

    /** The bootstrap's batch appends and the import's record on PostgreSQL: kept across a restart, nothing twice. */
    @Test
    void anOpenDataImportIsAppendedInBatchesAndKeptAcrossARestartOnPostgresql() throws Exception {
        schema = PostgresSchema.create("t_decidim");
        h = new SyncHarness("0.31", List.of(), schema.dataSource());
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        new org.folkmoot.connector.decidim.internal.opendata.OpenDataGenerator().write(2_500, zip);
        OpenDataProgress first;
        try (OpenDataService runtime = service()) {
            first = runtime.start(OpenDataGenerator.SITE, new java.io.ByteArrayInputStream(zip.toByteArray()), "open-data.zip");
            assertTrue(runtime.awaitIdle(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        assertEquals(OpenDataProgress.Stage.DONE, first.stage(), first.failure());
        assertTrue(first.importedCount() > 2_000, first.toJson().toString());
        assertEquals(first.importedCount(), h.archive.countChangesSince(0), "each item once");
        long sequence = h.archive.currentSequence();

        try (OpenDataService restarted = service()) {
            assertEquals(first.importedCount(), restarted.progress(first.id()).orElseThrow().importedCount());
            OpenDataProgress again = restarted.start(OpenDataGenerator.SITE, new java.io.ByteArrayInputStream(zip.toByteArray()),
                    "open-data.zip");
            assertTrue(restarted.awaitIdle(2, java.util.concurrent.TimeUnit.MINUTES));
            assertEquals(first.importedCount(), again.unchangedCount(), again.toJson().toString());
            assertEquals(List.of(again.id(), first.id()), restarted.recent(OpenDataGenerator.SITE).stream()
                    .map(OpenDataProgress::id).toList());
        }
        assertEquals(sequence, h.archive.currentSequence(), "importing the same export again writes nothing");
    }

    private OpenDataService service() {
        var tx = new org.folkmoot.platform.internal.storage.JdbcTransactions(schema.dataSource());
        return new OpenDataService(h.archive, tx, h.mapper, a -> java.util.Optional.of(OpenDataGenerator.SITE),
                OpenDataLimits.DEFAULT, java.time.Clock.systemUTC(), new OpenDataRecords(tx));
    }
}
