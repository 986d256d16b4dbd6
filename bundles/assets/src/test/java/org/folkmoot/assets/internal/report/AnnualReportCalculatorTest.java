package org.folkmoot.assets.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.Act;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.ChallengeOutcome;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.Decision;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.TransferType;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.junit.jupiter.api.Test;

class AnnualReportCalculatorTest {
    // a clock well after every date used: the cases check only that no date is in the future
    static final Clock LATER = Clock.fixed(LocalDate.of(2028, 1, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    static ScottishAssetTransferRequest request(String id, String submitted) {
        ScottishAssetTransferRequest r = ScottishAssetTransferRequest.submit(id, new LandReference("", id, "Land " + id),
                "Trust", TransferType.LEASE, AuthorityKind.LOCAL_AUTHORITY,
                RuleBook.bundled().byId("scotland-cesa-2015-part5").orElseThrow(),
                WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND), at(submitted), LATER);
        r.validate(at(submitted));
        return r;
    }

    static Act at(String day) {
        return Act.on(LocalDate.parse(day));
    }

    @Test
    void theYearRunsFromFirstAprilAndIsPublishedByThirtyJune() {
        assertEquals(LocalDate.of(2026, 4, 1), AnnualReportCalculator.yearStartContaining(LocalDate.of(2027, 3, 31)));
        assertEquals(LocalDate.of(2027, 4, 1), AnnualReportCalculator.yearStartContaining(LocalDate.of(2027, 4, 1)));
        AnnualReport r = AnnualReportCalculator.forYearStarting(2026, List.of());
        assertEquals(LocalDate.of(2027, 3, 31), r.yearEnd());
        assertEquals(LocalDate.of(2027, 6, 30), r.publishBy());
        assertEquals(LocalDate.of(2027, 6, 30), AnnualReportCalculator.publicationDeadline(2026).lastDay());
        assertEquals("Publish the asset transfer annual report for 2026-27",
                AnnualReportCalculator.publicationDeadline(2026).label());
    }

    @Test
    void countsTransfersByTypeAndAppealOutcomes() {
        ScottishAssetTransferRequest lease = request("E", "2026-04-06");
        lease.decide(at("2026-05-01"), Decision.AGREED, LocalDate.parse("2026-11-02"));
        lease.offerSubmitted(at("2026-06-01"));
        lease.contractConcluded(at("2026-09-01"));
        lease.transferCompleted(at("2026-10-01"));
        ScottishAssetTransferRequest appealed = ScottishAssetTransferRequest.submit("F", new LandReference("", "F", "Land F"),
                "Trust", TransferType.OWNERSHIP, AuthorityKind.OTHER_RELEVANT_AUTHORITY,
                RuleBook.bundled().byId("scotland-cesa-2015-part5").orElseThrow(),
                WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND), at("2026-04-10"), LATER);
        appealed.validate(at("2026-04-10"));
        appealed.decide(at("2026-06-01"), Decision.REFUSED, null);
        appealed.appealToMinisters(at("2026-06-05"));
        appealed.recordChallengeOutcome(at("2026-12-01"), ChallengeOutcome.DECISION_MODIFIED, Decision.AGREED,
                LocalDate.parse("2027-06-01"));
        AnnualReport r = AnnualReportCalculator.forYearStarting(2026, List.of(lease, appealed));
        assertEquals(1, r.leases());
        assertEquals(0, r.transfersOfOwnership());
        assertEquals(1, r.concluded());
        assertEquals(1, r.appealsMade());
        assertEquals(1, r.appealsVaried());
        assertEquals(0, r.appealsAllowed() + r.appealsDismissed());
    }

    @Test
    void countsReceivedAgreedRefusedAndReviewOutcomesInTheYear() {
        ScottishAssetTransferRequest beforeYear = request("A", "2026-03-31"); // received in 2025-26
        beforeYear.decide(at("2026-05-01"), Decision.AGREED, LocalDate.parse("2026-12-01"));

        ScottishAssetTransferRequest refusedThenChanged = request("B", "2026-04-01");
        refusedThenChanged.decide(at("2026-06-01"), Decision.REFUSED, null);
        refusedThenChanged.applyForReview(at("2026-06-10"));
        refusedThenChanged.recordChallengeOutcome(at("2026-09-01"), ChallengeOutcome.DECISION_SUBSTITUTED, Decision.AGREED,
                LocalDate.parse("2027-03-15"));

        ScottishAssetTransferRequest refusedUpheld = request("C", "2026-05-01");
        refusedUpheld.decide(at("2026-07-01"), Decision.REFUSED, null);
        refusedUpheld.applyForReview(at("2026-07-02"));
        refusedUpheld.recordChallengeOutcome(at("2027-04-01"), ChallengeOutcome.DECISION_CONFIRMED, Decision.REFUSED, null);

        ScottishAssetTransferRequest silent = request("D", "2026-06-01");
        silent.recordNoDecision(at("2026-12-02"));

        AnnualReport r = AnnualReportCalculator.forYearStarting(2026, List.of(beforeYear, refusedThenChanged, refusedUpheld, silent));
        assertEquals(3, r.received());
        assertEquals(1, r.agreed());
        assertEquals(2, r.refused());
        assertEquals(1, r.notDetermined());
        assertEquals(2, r.reviewsApplied());
        assertEquals(0, r.reviewsConfirmed(), "C's review was decided in the next year");
        assertEquals(1, r.reviewsSubstituted());
        assertEquals(0, r.reviewsModified());

        AnnualReport next = AnnualReportCalculator.forYearStarting(2027, List.of(beforeYear, refusedThenChanged, refusedUpheld, silent));
        assertEquals(0, next.received());
        assertEquals(1, next.reviewsConfirmed());
        AnnualReport previous = AnnualReportCalculator.forYearStarting(2025, List.of(beforeYear));
        assertEquals(1, previous.received());
        assertEquals(0, previous.agreed());
    }
}
