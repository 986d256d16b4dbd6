package org.folkmoot.assets.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;

class NonStatutoryTransferTest {
    static final LandReference CENTRE = new LandReference("", "CC-1", "Community centre, Heol y Bont");
    final TestClock clock = TestClock.on(LocalDate.of(2026, 1, 5));

    Act on(String day) {
        clock.set(LocalDate.parse(day));
        return Act.on(LocalDate.parse(day)).by("officer");
    }

    @Test
    void aCouncilConfiguresItsOwnStagesAndTargets() {
        TransferPipeline p = TransferPipeline.parse("wales", "Trosglwyddo asedau cymunedol", """
                # Welsh council policy
                eoi | Expression of interest | P6W
                plan | Business plan | P3M
                lease | Lease | 
                """);
        assertEquals(3, p.stages().size());
        assertTrue(p.stages().get(2).target().isEmpty());
        NonStatutoryTransfer t = NonStatutoryTransfer.start("CAT-1", CENTRE, "Cyfeillion y Ganolfan", p, on("2026-01-05"), clock);
        assertEquals(LocalDate.parse("2026-02-16"), t.deadlines().get(0).lastDay());
        assertFalse(t.deadlines().get(0).statutory());
        t.advance(on("2026-02-10"));
        assertEquals("Business plan", t.stage().name());
        assertEquals(LocalDate.parse("2026-05-10"), t.stageTargetDate().orElseThrow());
        t.advance(on("2026-05-01"));
        assertTrue(t.deadlines().isEmpty(), "the lease stage has no target");
        t.complete(on("2026-09-01"));
        assertEquals(NonStatutoryTransfer.State.COMPLETED, t.state());
        assertEquals(List.of("started", "stage-advanced", "stage-advanced", "completed"),
                t.events().stream().map(CaseEvent::type).toList());
    }

    @Test
    void completingBeforeTheLastStageIsAConflict() {
        NonStatutoryTransfer t = NonStatutoryTransfer.start("CAT-2", CENTRE, "Group", TransferPipeline.example(),
                on("2026-01-05"), clock);
        CaseException e = assertThrows(CaseException.class, () -> t.complete(on("2026-01-06")));
        assertEquals(409, e.httpStatus());
    }

    @Test
    void goingBackNeedsAnEarlierStageAndAReason() {
        NonStatutoryTransfer t = NonStatutoryTransfer.start("CAT-3", CENTRE, "Group", TransferPipeline.example(),
                on("2026-01-05"), clock);
        t.advance(on("2026-01-20"));
        t.advance(on("2026-03-01"));
        assertThrows(CaseException.class, () -> t.returnTo(on("2026-03-02"), "decision", "no"));
        assertThrows(CaseException.class, () -> t.returnTo(on("2026-03-02"), "business-plan", ""));
        t.returnTo(on("2026-03-02"), "business-plan", "cash-flow forecast missing");
        assertEquals("business-plan", t.stage().key());
        assertTrue(t.events().get(3).detail().contains("cash-flow"));
    }

    @Test
    void badPipelinesAreRejectedWithA422() {
        assertEquals(422, assertThrows(CaseException.class, () -> TransferPipeline.parse("x", "x", "")).httpStatus());
        assertThrows(CaseException.class, () -> TransferPipeline.parse("x", "x", "a | A | P1M\na | Again | P1M"));
        assertThrows(CaseException.class, () -> TransferPipeline.parse("x", "x", "a | A | three months"));
        assertThrows(CaseException.class, () -> TransferPipeline.parse("x", "x", "A B | A | P1M"));
    }

    @Test
    void aClosedTransferCannotMove() {
        NonStatutoryTransfer t = NonStatutoryTransfer.start("CAT-4", CENTRE, "Group", TransferPipeline.example(),
                on("2026-01-05"), clock);
        t.withdraw(on("2026-01-06"));
        assertEquals(409, assertThrows(CaseException.class, () -> t.advance(on("2026-01-07"))).httpStatus());
        assertTrue(t.deadlines().isEmpty());
    }
}
