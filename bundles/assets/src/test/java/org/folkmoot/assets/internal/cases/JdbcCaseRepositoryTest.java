package org.folkmoot.assets.internal.cases;

import org.folkmoot.platform.internal.storage.JdbcTransactions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.CaseRepository.StoredCase;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.Decision;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.TransferType;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.testkit.TestClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cases stored in the V1 schema on H2 in PostgreSQL mode, and rebuilt from what was stored. */
class JdbcCaseRepositoryTest {
    static final RuleBook BOOK = RuleBook.bundled();
    static final WorkingDayCalendar CAL = WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND);
    static final LandReference HALL = new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent hall");

    final TestClock clock = TestClock.on(LocalDate.of(2026, 3, 2));
    JdbcCaseRepository repo;

    @BeforeEach
    void migrate() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:cases-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assets.sql'");
        }
        repo = new JdbcCaseRepository(ds, new JdbcTransactions(ds), clock);
    }

    Act on(String day) {
        clock.set(LocalDate.parse(day));
        return Act.on(LocalDate.parse(day)).by("officer");
    }

    ScottishAssetTransferRequest request(String id, String day) {
        return ScottishAssetTransferRequest.submit(id, HALL, "Pittville Trust", TransferType.OWNERSHIP,
                AuthorityKind.LOCAL_AUTHORITY, BOOK.byId("scotland-cesa-2015-part5").orElseThrow(), CAL, on(day), clock);
    }

    ScottishAssetTransferRequest load(String id) {
        StoredCase s = repo.find(id).orElseThrow();
        assertEquals(CaseKind.ASSET_TRANSFER_REQUEST, s.kind());
        return CaseReplay.assetTransferRequest(id, s.events(), BOOK, CAL, this::load, clock);
    }

    @Test
    void aRequestIsSavedStepByStepAndRebuiltFromTheDatabase() {
        ScottishAssetTransferRequest r = request("ATR-1", "2026-03-02");
        repo.save(r, 0);
        r.validate(on("2026-03-04").saying("all documents received"));
        r.extendDecisionPeriod(on("2026-05-01"), LocalDate.parse("2026-10-30"));
        repo.save(r, 1);

        ScottishAssetTransferRequest back = load("ATR-1");
        assertEquals(r.events(), back.events());
        assertEquals(LocalDate.parse("2026-10-30"), back.decisionLastDay().orElseThrow());
        assertEquals("VALIDATED", repo.find("ATR-1").orElseThrow().state());

        back.decide(on("2026-06-01"), Decision.REFUSED, null);
        repo.save(back, 3);
        assertEquals("REFUSED", repo.find("ATR-1").orElseThrow().state());
    }

    @Test
    void aStaleSaveIsAConflict() {
        ScottishAssetTransferRequest r = request("ATR-2", "2026-03-02");
        repo.save(r, 0);
        ScottishAssetTransferRequest a = load("ATR-2");
        ScottishAssetTransferRequest b = load("ATR-2");
        a.validate(on("2026-03-03"));
        repo.save(a, 1);
        b.markIncomplete(on("2026-03-03"), "plan");
        CaseException e = assertThrows(CaseException.class, () -> repo.save(b, 1));
        assertEquals(409, e.httpStatus());
        assertEquals("VALIDATED", repo.find("ATR-2").orElseThrow().state());
        assertEquals(2, repo.find("ATR-2").orElseThrow().events().size(), "nothing of the stale save was written");
        assertEquals(409, assertThrows(CaseException.class, () -> repo.save(request("ATR-2", "2026-03-03"), 0)).httpStatus());
    }

    @Test
    void deadlinesAndLocksAreQueryable() {
        ScottishAssetTransferRequest r = request("ATR-3", "2026-03-02");
        r.validate(on("2026-03-02"));
        repo.save(r, 0);
        NonStatutoryTransfer t = NonStatutoryTransfer.start("CAT-1", new LandReference("", "CC-1", "Centre"), "Group",
                TransferPipeline.example(), on("2026-03-10"), clock);
        repo.save(t, 0);

        List<Deadline> due = repo.deadlinesUntil(LocalDate.parse("2026-12-31"));
        assertEquals(List.of("CAT-1", "ATR-3"), due.stream().map(Deadline::caseId).toList());
        assertEquals(LocalDate.parse("2026-09-02"), due.get(1).lastDay());
        assertTrue(repo.deadlinesUntil(LocalDate.parse("2026-04-01")).isEmpty());

        List<DisposalLock> locks = repo.locksOn("010000480247", "10/00022/LAND");
        assertEquals(1, locks.size());
        assertEquals(LocalDate.parse("2026-03-02"), locks.get(0).since());
        assertTrue(repo.locksOn("10000480247", "10/00022/LAND").isEmpty(), "leading zeros matter");

        r.withdraw(on("2026-03-20"));
        repo.save(r, 2);
        assertTrue(repo.locksOn("010000480247", "10/00022/LAND").isEmpty());
        assertEquals(List.of("CAT-1"), repo.deadlinesUntil(LocalDate.parse("2026-12-31")).stream().map(Deadline::caseId).toList());
    }
}
