package org.folkmoot.connector.consul.internal.sync;

import static org.folkmoot.connector.consul.internal.SyncHarness.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.connector.consul.fixture.FakeConsul.Fault;
import org.folkmoot.connector.consul.internal.SyncHarness;
import org.folkmoot.connector.consul.internal.client.SourceException;
import org.folkmoot.testkit.PostgresSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sync on PostgreSQL, as councils run it: the connector's tables, the resume state and the runs, with the archive's
 * own operations, in a schema of its own (FOLKMOOT_TEST_PG_URL, _USER, _PASSWORD, as {@code .ci/run} sets them; skipped
 * without them outside CI).
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
        schema = PostgresSchema.create("t_consul");
        h = new SyncHarness(Duration.ofSeconds(10), schema.dataSource());

        h.consul.fail(Fault.slow(0), Fault.status(503), Fault.status(503), Fault.status(503), Fault.status(503), Fault.status(503),
                Fault.status(503));
        assertThrows(SourceException.class, h.followed::sync);
        assertTrue(h.store.state(HOST).underWay(), "where it stopped is kept");
        SyncRun first = h.followed.sync();
        assertEquals("done", first.outcome(), first.problem());
        assertEquals(6, first.counts().created(), "the debate and the five comments, after the proposals of the stopped run: " + first.counts());

        h.consul.edit("proposals", "201", "summary", "Six benches and some shade, please.");
        h.consul.hide("proposals", "202");
        h.consul.eraseAccount("9");
        SyncRun second = h.followed.sync();

        assertEquals(1, second.counts().edited(), second.counts().toString());
        assertTrue(h.contribution("proposal", "201").body().startsWith("Six benches and some shade, please."));
        assertEquals(ContributionState.HIDDEN, h.contribution("proposal", "202").state());
        assertEquals(ContributionState.ERASED, h.contribution("debate", "301").state());
        assertEquals(0, h.followed.sync().counts().changes(), "and nothing the third time");
        assertFalse(h.store.state(HOST).underWay());
        assertEquals(4, h.store.runs(HOST, 10).size());
    }
}
