package org.folkmoot.connector.decidim.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.folkmoot.api.storage.Transactions;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataGenerator;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataLimits;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataProgress;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataProgressAccess;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataRecords;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataService;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Open-data imports are kept in the module's tables: after a restart (a new service over the same database) an
 * import that finished is shown with its counts and refusals, and one the restart interrupted says so and what
 * to do, in English and Welsh.
 */
class OpenDataRecordsTest {

    private static final String SITE = OpenDataGenerator.SITE;
    private SyncHarness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aFinishedImportIsStillShownAfterARestartWithItsCounts() throws Exception {
        DataSource ds = SyncHarness.h2();
        h = new SyncHarness("0.31", List.of(), ds);
        byte[] zip = export(300);
        OpenDataProgress before;
        try (OpenDataService runtime = service(ds, Clock.systemUTC())) {
            before = runtime.start(SITE, new ByteArrayInputStream(zip), "open-data.zip");
            assertTrue(runtime.awaitIdle(2, TimeUnit.MINUTES));
            assertEquals(OpenDataProgress.Stage.DONE, before.stage(), before.failure());
        }

        try (OpenDataService restarted = service(ds, Clock.systemUTC())) {
            OpenDataProgress after = restarted.progress(before.id()).orElseThrow(() -> new AssertionError("forgotten"));
            assertEquals(OpenDataProgress.Stage.DONE, after.stage());
            assertEquals(withoutTimes(before.toJson("cy")), withoutTimes(after.toJson("cy")), "counts as they were");
            assertEquals(before.finishedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                    after.finishedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertTrue(after.importedCount() > 250, after.toJson().toString());
            assertEquals(List.of(before.id()), restarted.recent(SITE).stream().map(OpenDataProgress::id).toList());
            assertEquals(List.of(), restarted.recent("https://other.example.gov.uk"));
        }
    }

    @Test
    void anImportUnderWayWhenItsRuntimeStoppedIsShownInterruptedWithWhatToDo() throws Exception {
        DataSource ds = SyncHarness.h2();
        h = new SyncHarness("0.31", List.of(), ds);
        OpenDataProgress stopped;
        try (OpenDataService runtime = service(ds, Clock.systemUTC())) {
            stopped = runtime.start(SITE, new ByteArrayInputStream(export(20_000)), "big.zip");
            // The runtime stops at once, mid-import (a module disabled, a shutdown).
        }
        try (OpenDataService restarted = service(ds, Clock.systemUTC())) {
            OpenDataProgress after = restarted.progress(stopped.id()).orElseThrow();
            assertEquals(OpenDataProgress.Stage.INTERRUPTED, after.stage(), after.toJson().toString());
            assertTrue(after.read() < after.rows(), after.toJson().toString());
            assertTrue(after.failure().contains("interrupted") && after.failure().contains("upload the same file again"),
                    after.failure());
            assertTrue(String.valueOf(after.toJson("cy").get("failure")).startsWith("Torrwyd ar draws y mewnforio"),
                    String.valueOf(after.toJson("cy")));
            assertEquals("interrupted", after.toJson().get("stage"));
        }
    }

    @Test
    void anImportWhoseRuntimeWasKilledReadsAsInterruptedOnceItsHeartbeatIsLost() throws Exception {
        DataSource ds = SyncHarness.h2();
        h = new SyncHarness("0.31", List.of(), ds);
        Instant killed = Instant.parse("2026-12-05T09:00:00Z");
        OpenDataRecords records = new OpenDataRecords(new JdbcTransactions(ds));
        OpenDataProgress running = new OpenDataProgress("import-1", SITE, "open-data.zip", killed.minusSeconds(60));
        // What the runtime last saved before kill -9: importing, 2,000 of 9,000 rows read.
        OpenDataProgressAccess.refused(running, "x-open-data-proposals.csv", 7, "row.noId");
        records.save(OpenDataProgressAccess.importing(running, 9_000, 2_000), killed.minusSeconds(1));
        OpenDataProgressAccess.refused(running, "x-open-data-proposal_comments.csv", 12, "row.noComponent", "https://x/7");
        records.save(running, killed);

        try (OpenDataService soon = service(ds, Clock.fixed(killed.plusSeconds(5), ZoneOffset.UTC))) {
            assertEquals(OpenDataProgress.Stage.IMPORTING, soon.progress("import-1").orElseThrow().stage(),
                    "another runtime may still be running it: its heartbeat is fresh");
        }
        try (OpenDataService later = service(ds, Clock.fixed(killed.plus(Duration.ofMinutes(2)), ZoneOffset.UTC))) {
            OpenDataProgress after = later.progress("import-1").orElseThrow();
            assertEquals(OpenDataProgress.Stage.INTERRUPTED, after.stage());
            assertEquals("The import was interrupted at row 2000 of 9000: the runtime stopped before it finished. What was"
                    + " imported before is kept: upload the same file again to carry on; nothing is imported twice.",
                    after.failure());
            assertEquals(killed, after.finishedAt(), "interrupted when it was last heard of");
            assertEquals(List.of("x-open-data-proposals.csv 7 nid oes id iddi: gwiriwch na thorrwyd y rhes o'i ffeil",
                    "x-open-data-proposal_comments.csv 12 "), after.refusals().stream()
                    .map(r -> r.file() + " " + r.line() + " " + (r.line() == 7 ? r.message().in("cy") : "")).toList(),
                    "the refusals saved with it, each once, in either language");
            assertTrue(after.refusals().get(1).message().english().contains("https://x/7"));
        }
    }

    private static OpenDataService service(DataSource ds, Clock clock) {
        Transactions tx = new JdbcTransactions(ds);
        return new OpenDataService(new org.folkmoot.platform.internal.archive.JdbcContributionArchive(ds,
                new org.folkmoot.platform.internal.audit.JdbcAuditLog(ds, clock), clock), tx,
                org.folkmoot.connector.decidim.internal.TestMapper.mapper(), a -> Optional.of(SITE), OpenDataLimits.DEFAULT,
                clock, new OpenDataRecords(tx));
    }

    private static java.util.Map<String, Object> withoutTimes(java.util.Map<String, Object> json) {
        java.util.Map<String, Object> out = new java.util.HashMap<>(json);
        out.remove("started");
        out.remove("finished");
        return out;
    }

    private static byte[] export(int items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OpenDataGenerator().write(items, out);
        return out.toByteArray();
    }
}
