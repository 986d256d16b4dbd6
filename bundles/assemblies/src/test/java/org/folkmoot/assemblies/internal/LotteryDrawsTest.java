package org.folkmoot.assemblies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.folkmoot.assemblies.internal.lottery.TraffordGazetteer;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.testkit.TestClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lottery drawn in the background from an uploaded file, as the officers' page starts and follows it. */
class LotteryDrawsTest {
    final TestClock clock = TestClock.on(LocalDate.of(2027, 2, 1));
    AssemblyStore store;
    LotteryDraws draws;

    @BeforeEach
    void start() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:draws-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assemblies.sql'");
        }
        store = AssemblyStore.over(new JdbcTransactions(ds), clock);
        store.assemblies().save(org.folkmoot.assemblies.internal.commission.CommissionCheck.assembly(
                Fixtures.commission("draws", LocalDate.of(2027, 2, 1), 6)));
        draws = new LotteryDraws(store);
    }

    @Test
    void theDrawRunsInTheBackgroundAndEndsDoneWithWhatWasLeftOut() throws Exception {
        assertEquals(409, assertThrows(Refused.class, () -> start("UPRN,Address Line 1,Postcode\n")).status(), "the seed first");
        store.assemblies().fixSeed("draws", "in public");
        StringWriter file = new StringWriter();
        TraffordGazetteer.write(300, file);
        String csv = file + file.toString().split("\r?\n")[1] + "\n"; // the first household again
        LotteryDraws.Draw started = start(csv);
        assertEquals("gazetteer.csv", started.filename());
        assertEquals(LotteryDraws.Stage.DONE, awaitEnd().stage());
        LotteryDraws.Draw done = draws.latest("draws").orElseThrow();
        assertEquals(100, done.percent());
        assertEquals(30, store.registrations().lottery("draws").orElseThrow().letters());
        assertTrue(done.leftOut().stream().anyMatch(p -> p.key().equals("lottery.row.duplicateUprn")), done.leftOut().toString());
        Refused again = assertThrows(Refused.class, () -> start(csv));
        assertEquals("assemblies.error.lottery.done", again.errors().get("addresses").key());
    }

    @Test
    void aFileMissingAColumnEndsRefusedWithWhyBesideTheFileField() throws Exception {
        store.assemblies().fixSeed("draws", "in public");
        start("UPRN,Address Line 1,Town\n100011000001,1 Example Road,Sale\n");
        LotteryDraws.Draw refused = awaitEnd();
        assertEquals(LotteryDraws.Stage.REFUSED, refused.stage());
        Wording why = refused.refusals().get("addresses");
        assertTrue(why.in("en").contains("no 'postcode' column"), why.in("en"));
        assertNotEquals(why.in("en"), why.in("cy"));
        assertTrue(store.registrations().lottery("draws").isEmpty(), "nothing stored");
        assertThrows(Refused.class, () -> draws.start(store.assemblies().find("draws").orElseThrow(), "x.csv",
                new ByteArrayInputStream(new byte[0]), 0, null, null), "letters are checked before the file is read");
    }

    @Test
    void progressMovesByStageAndNeverBack() {
        LotteryDraws.Progress p = new LotteryDraws.Progress("f.csv", clock.instant());
        assertEquals(LotteryDraws.Stage.QUEUED, p.view().stage());
        p.update("lottery.progress.reading", 50, 100);
        assertEquals(LotteryDraws.Stage.READING, p.view().stage());
        assertEquals(30, p.view().percent());
        p.update("lottery.progress.keying", 50, 100);
        assertEquals(LotteryDraws.Stage.KEYING, p.view().stage());
        assertEquals(77, p.view().percent());
        p.update("lottery.progress.keying", 0, 100);
        assertEquals(77, p.view().percent(), "never back");
        p.update(LotteryRun.SAVING, 1, 1);
        assertEquals(99, p.view().percent(), "not 100 until stored");
    }

    private LotteryDraws.Draw start(String csv) throws Exception {
        return draws.start(store.assemblies().find("draws").orElseThrow(), "gazetteer.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 30, null, null);
    }

    private LotteryDraws.Draw awaitEnd() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> draws.latest("draws").orElseThrow(),
                d -> !d.stage().working());
    }
}
