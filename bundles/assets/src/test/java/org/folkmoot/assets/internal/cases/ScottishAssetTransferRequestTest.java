package org.folkmoot.assets.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.HolidaySchedule;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.ChallengeOutcome;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.Decision;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.State;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.TransferType;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.assets.internal.rules.RuleSet;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;

class ScottishAssetTransferRequestTest {
    static final RuleSet RULES = RuleBook.bundled().byId("scotland-cesa-2015-part5").orElseThrow();
    static final WorkingDayCalendar CAL = WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND);
    static final LandReference HALL = new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent hall");

    final TestClock clock = TestClock.on(LocalDate.of(2026, 3, 2));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    ScottishAssetTransferRequest submitted(String day, AuthorityKind kind) {
        clock.set(d(day));
        return ScottishAssetTransferRequest.submit("ATR-1", HALL, "Pittville Community Trust", TransferType.OWNERSHIP,
                kind, RULES, CAL, Act.on(d(day)).by("officer"), clock);
    }

    /** Moves the clock to the day and returns the act for it. */
    Act on(String day) {
        clock.set(d(day));
        return Act.on(d(day)).by("officer");
    }

    ScottishAssetTransferRequest validatedOn(String day) {
        ScottishAssetTransferRequest r = submitted(day, AuthorityKind.LOCAL_AUTHORITY);
        r.validate(on(day));
        return r;
    }

    @Test
    void decisionIsDueSixMonthsAfterTheValidationDate() {
        assertEquals(d("2026-09-02"), validatedOn("2026-03-02").decisionLastDay().orElseThrow());
    }

    @Test
    void decisionPeriodFromThirtyFirstAugustEndsOnTheLastDayOfFebruary() {
        assertEquals(d("2027-02-28"), validatedOn("2026-08-31").decisionLastDay().orElseThrow());
        assertEquals(d("2028-02-29"), validatedOn("2027-08-31").decisionLastDay().orElseThrow());
    }

    @Test
    void decisionPeriodFromTwentyNinthFebruary() {
        assertEquals(d("2028-08-29"), validatedOn("2028-02-29").decisionLastDay().orElseThrow());
    }

    @Test
    void anIncompleteRequestIsValidatedWhenTheLastInformationArrives() {
        ScottishAssetTransferRequest r = submitted("2026-03-02", AuthorityKind.LOCAL_AUTHORITY);
        r.markIncomplete(on("2026-03-04"), "business plan");
        r.validate(on("2026-03-20"));
        assertEquals(d("2026-03-20"), r.validationDate().orElseThrow());
        assertEquals(d("2026-09-20"), r.decisionLastDay().orElseThrow());
        assertEquals(List.of("submitted", "incomplete", "validated"), r.events().stream().map(CaseEvent::type).toList());
    }

    @Test
    void everyExtensionIsRecordedAndTheLatestCounts() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        r.extendDecisionPeriod(on("2026-08-01").saying("valuation delayed"), d("2026-10-30"));
        r.extendDecisionPeriod(on("2026-10-01"), d("2026-11-30"));
        assertEquals(2, r.extensions().size());
        assertEquals(d("2026-11-30"), r.decisionLastDay().orElseThrow());
        Deadline decision = r.deadlines().get(0);
        assertEquals(d("2026-11-30"), decision.lastDay());
        assertTrue(decision.basis().contains("2 extensions"), decision.basis());
        CaseException shorter = assertThrows(CaseException.class, () -> r.extendDecisionPeriod(on("2026-10-02"), d("2026-11-01")));
        assertEquals(422, shorter.httpStatus());
    }

    @Test
    void anExtensionCannotBeAgreedAfterThePeriodEnded() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        CaseException e = assertThrows(CaseException.class, () -> r.extendDecisionPeriod(on("2026-09-03"), d("2026-12-01")));
        assertEquals(422, e.httpStatus());
    }

    @Test
    void representationsMustRunTwentyWorkingDaysBeginningWithTheNotice() {
        ScottishAssetTransferRequest r = validatedOn("2026-11-09");
        // Mon 9 Nov 2026 is day 1; St Andrew's Day (Mon 30 Nov) does not count -> day 20 is Mon 7 Dec
        CaseException e = assertThrows(CaseException.class, () -> r.giveNotices(on("2026-11-09"), d("2026-12-04")));
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("2026-12-07"), e.getMessage());
        r.giveNotices(on("2026-11-09"), d("2026-12-07"));
        assertEquals(State.NOTICES_AND_REPRESENTATIONS, r.state());
    }

    @Test
    void communityBodyCommentsAreDueTwentyWorkingDaysLaterOverChristmas() {
        ScottishAssetTransferRequest r = validatedOn("2026-11-02");
        r.giveNotices(on("2026-11-02"), d("2026-12-01"));
        r.inviteComments(on("2026-12-14"));
        Deadline comments = r.deadlines().stream().filter(x -> x.key().equals("community-body-comments")).findFirst().orElseThrow();
        // 25 and 28 Dec, 1 and 4 Jan are Scottish holidays in this window
        assertEquals(d("2027-01-14"), comments.lastDay());
        assertEquals(Party.COMMUNITY_BODY, comments.owedBy());
    }

    @Test
    void theFullWayToATransfer() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        r.giveNotices(on("2026-03-03"), d("2026-04-06"));
        r.inviteComments(on("2026-04-07"));
        r.startAssessment(on("2026-05-06"));
        r.decide(on("2026-06-01"), Decision.AGREED, d("2026-12-01"));
        assertEquals(State.AGREED, r.state());
        r.offerSubmitted(on("2026-09-01"));
        assertEquals(d("2027-02-28"), r.contractPeriodLastDay().orElseThrow());
        r.contractConcluded(on("2026-11-20"));
        assertTrue(r.disposalLock().isPresent());
        r.transferCompleted(on("2026-11-23"));
        assertEquals(State.CONCLUDED, r.state());
        assertTrue(r.disposalLock().isEmpty(), "disposed of to the body: no more lock");
        assertEquals(9, r.events().size());
        assertTrue(r.events().stream().allMatch(e -> e.recordedAt() != null && e.actor().equals("officer")));
    }

    @Test
    void theOfferDateMustBeAtLeastSixMonthsBeginningWithTheDecisionNotice() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        r.startAssessment(on("2026-04-01"));
        // notice 31 Aug: 6 months beginning with 31 Aug ends on the last day of February
        CaseException e = assertThrows(CaseException.class, () -> r.decide(on("2026-08-31"), Decision.AGREED, d("2027-02-27")));
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("2027-02-28"), e.getMessage());
        r.decide(on("2026-08-31"), Decision.AGREED, d("2027-02-28"));
        assertEquals(d("2027-02-28"), r.currentOfferDeadline().orElseThrow());
    }

    @Test
    void reviewWithinTwentyWorkingDaysBeginningWithTheDecisionNotice() {
        ScottishAssetTransferRequest r = validatedOn("2026-06-01");
        r.startAssessment(on("2026-06-02"));
        r.decide(on("2026-11-23"), Decision.REFUSED, null);
        // Mon 23 Nov + 20 working days, with St Andrew's Day Mon 30 Nov -> Mon 21 Dec
        assertEquals(d("2026-12-21"), r.challengeLastDay().orElseThrow());
        assertTrue(r.disposalLock().isPresent(), "locked while a review may still be sought");
        CaseException late = assertThrows(CaseException.class, () -> r.applyForReview(on("2026-12-22")));
        assertEquals(422, late.httpStatus());
    }

    @Test
    void reviewOnTheLastDayIsInTimeAndTheOutcomeIsRecorded() {
        ScottishAssetTransferRequest r = validatedOn("2026-06-01");
        r.startAssessment(on("2026-06-02"));
        r.decide(on("2026-11-23"), Decision.REFUSED, null);
        r.applyForReview(on("2026-12-21"));
        assertEquals(State.UNDER_REVIEW, r.state());
        r.recordChallengeOutcome(on("2027-02-01"), ChallengeOutcome.DECISION_SUBSTITUTED, Decision.AGREED, d("2027-08-01"));
        assertEquals(State.AGREED, r.state());
        assertEquals(ChallengeOutcome.DECISION_SUBSTITUTED, r.challenge().orElseThrow().outcome().orElseThrow());
        assertThrows(CaseException.class, () -> r.applyForReview(on("2027-02-02")), "only one review");
    }

    @Test
    void whereNoDecisionCameTheReviewPeriodBeginsWithTheExpiryOfTheDecisionPeriod() {
        ScottishAssetTransferRequest r = validatedOn("2026-06-19");
        assertEquals(d("2026-12-19"), r.decisionLastDay().orElseThrow());
        CaseException early = assertThrows(CaseException.class, () -> r.recordNoDecision(on("2026-12-19")));
        assertEquals(422, early.httpStatus());
        r.recordNoDecision(on("2026-12-21"));
        assertEquals(State.NOT_DETERMINED, r.state());
        // Sat 19 Dec 2026 is the start: first working day Mon 21 Dec; holidays 25, 28 Dec, 1, 4 Jan
        assertEquals(d("2027-01-21"), r.challengeLastDay().orElseThrow());
    }

    @Test
    void theReviewPeriodOverNewYearSkipsBothFirstAndSecondJanuary() {
        ScottishAssetTransferRequest r = validatedOn("2025-07-01");
        r.decide(on("2025-12-15"), Decision.REFUSED, null);
        // 25, 26 Dec 2025 and Thu 1, Fri 2 Jan 2026 are Scottish bank holidays
        assertEquals(d("2026-01-15"), r.challengeLastDay().orElseThrow());
        Deadline review = r.deadlines().get(0);
        assertEquals("review-application", review.key());
        assertTrue(review.basis().contains("20 working days beginning with"), review.basis());
    }

    @Test
    void anAppealToMinistersIsDueWithinTwentyWorkingDaysToo() {
        ScottishAssetTransferRequest r = submitted("2026-06-01", AuthorityKind.OTHER_RELEVANT_AUTHORITY);
        r.validate(on("2026-06-01"));
        r.decide(on("2026-07-31"), Decision.REFUSED, null);
        // Fri 31 Jul is day 1; Mon 3 Aug is Scotland's summer holiday -> day 20 is Fri 28 Aug
        assertEquals(d("2026-08-28"), r.challengeLastDay().orElseThrow());
        assertEquals("appeal", r.deadlines().get(0).key());
        assertThrows(CaseException.class, () -> r.appealToMinisters(on("2026-08-31")));
    }

    @Test
    void theCouncilsReviewDecisionTargetIsShown() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        r.decide(on("2026-05-01"), Decision.REFUSED, null);
        r.applyForReview(on("2026-05-05"));
        Deadline target = r.deadlines().get(0);
        assertEquals("review-decision", target.key());
        assertEquals(d("2026-11-05"), target.lastDay());
        assertEquals(Party.COUNCIL, target.owedBy());
    }

    @Test
    void otherAuthoritiesFaceAnAppealToMinistersNotAReview() {
        ScottishAssetTransferRequest r = submitted("2026-03-02", AuthorityKind.OTHER_RELEVANT_AUTHORITY);
        r.validate(on("2026-03-02"));
        r.decide(on("2026-05-01"), Decision.REFUSED, null);
        assertThrows(CaseException.class, () -> r.applyForReview(on("2026-05-05")));
        r.appealToMinisters(on("2026-05-05"));
        assertEquals(State.UNDER_APPEAL, r.state());
        r.recordChallengeOutcome(on("2026-09-01"), ChallengeOutcome.DECISION_CONFIRMED, Decision.REFUSED, null);
        assertEquals(State.REFUSED, r.state());
        assertTrue(r.disposalLock().isEmpty());
    }

    @Test
    void appealWhereNoContractIsConcludedWithinTenWorkingDays() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        r.decide(on("2026-04-01"), Decision.AGREED, d("2026-10-01"));
        r.offerSubmitted(on("2026-06-19"));
        assertEquals(d("2026-12-18"), r.contractPeriodLastDay().orElseThrow());
        // begins Sat 19 Dec: working days 21,22,23,24,29,30,31 Dec, 5,6,7 Jan (Scotland)
        assertEquals(d("2027-01-07"), r.noContractAppealLastDay().orElseThrow());
        CaseException early = assertThrows(CaseException.class, () -> r.appealNoContract(on("2026-12-18")));
        assertEquals(422, early.httpStatus());
        CaseException lapseTooSoon = assertThrows(CaseException.class, () -> r.lapse(on("2027-01-07")));
        assertEquals(422, lapseTooSoon.httpStatus());
        r.appealNoContract(on("2027-01-07"));
        assertEquals(State.NO_CONTRACT_APPEAL, r.state());
    }

    @Test
    void aLateNoContractAppealIsRejected() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        r.decide(on("2026-04-01"), Decision.AGREED, d("2026-10-01"));
        r.offerSubmitted(on("2026-06-19"));
        assertThrows(CaseException.class, () -> r.appealNoContract(on("2027-01-08")));
        r.lapse(on("2027-01-08"));
        assertEquals(State.LAPSED, r.state());
        assertTrue(r.disposalLock().isEmpty());
    }

    @Test
    void noOfferByTheDeadlineMeansTheRequestLapses() {
        ScottishAssetTransferRequest r = validatedOn("2026-03-02");
        r.decide(on("2026-04-01"), Decision.AGREED, d("2026-10-01"));
        assertThrows(CaseException.class, () -> r.offerSubmitted(on("2026-10-02")));
        assertThrows(CaseException.class, () -> r.lapse(on("2026-10-01")));
        r.lapse(on("2026-10-02"));
        assertEquals(State.LAPSED, r.state());
    }

    @Test
    void theDisposalLockRunsFromTheRequest() {
        ScottishAssetTransferRequest r = submitted("2026-03-02", AuthorityKind.LOCAL_AUTHORITY);
        DisposalLock lock = r.disposalLock().orElseThrow();
        assertEquals(d("2026-03-02"), lock.since());
        assertEquals("010000480247", lock.land().uprn());
        r.withdraw(on("2026-03-05"));
        assertTrue(r.disposalLock().isEmpty());
    }

    @Test
    void noLockWhereADisposalWasAlreadyUnderwayBeforeTheRequest() {
        ScottishAssetTransferRequest r = submitted("2026-03-02", AuthorityKind.LOCAL_AUTHORITY);
        assertTrue(r.disposalLock().isPresent());
        assertThrows(CaseException.class, () -> r.disposalAlreadyUnderway(on("2026-03-03"), " "));
        r.disposalAlreadyUnderway(on("2026-03-03"), "advertised for sale on 2026-02-01");
        assertTrue(r.disposalLock().isEmpty());
        r.validate(on("2026-03-04"));
        assertTrue(r.disposalLock().isEmpty());
        r.decide(on("2026-04-01"), Decision.REFUSED, null);
        assertEquals(409, assertThrows(CaseException.class,
                () -> r.disposalAlreadyUnderway(on("2026-04-02"), "late")).httpStatus());
    }

    @Test
    void wrongStateIsA409AndNamesTheState() {
        ScottishAssetTransferRequest r = submitted("2026-03-02", AuthorityKind.LOCAL_AUTHORITY);
        CaseException e = assertThrows(CaseException.class, () -> r.decide(on("2026-03-03"), Decision.REFUSED, null));
        assertEquals(409, e.httpStatus());
        assertTrue(e.getMessage().contains("submitted"), e.getMessage());
        CaseException transfer = assertThrows(CaseException.class, () -> r.transferCompleted(on("2026-03-03")));
        assertEquals(CaseException.Kind.WRONG_STATE, transfer.kind());
    }

    @Test
    void datesInTheFutureOrBeforeThePreviousStepAreRejected() {
        ScottishAssetTransferRequest r = submitted("2026-03-02", AuthorityKind.LOCAL_AUTHORITY);
        clock.set(d("2026-03-10"));
        CaseException future = assertThrows(CaseException.class, () -> r.validate(Act.on(d("2026-03-11"))));
        assertEquals(422, future.httpStatus());
        CaseException backwards = assertThrows(CaseException.class, () -> r.validate(Act.on(d("2026-03-01"))));
        assertEquals(422, backwards.httpStatus());
        assertEquals(State.SUBMITTED, r.state(), "a rejected step changes nothing");
        assertEquals(1, r.events().size());
    }

    @Test
    void eventsAreStampedByTheInjectedClock() {
        ScottishAssetTransferRequest r = submitted("2026-03-02", AuthorityKind.LOCAL_AUTHORITY);
        clock.set(d("2026-03-09"));
        r.validate(Act.on(d("2026-03-04")));
        CaseEvent e = r.events().get(1);
        assertEquals(d("2026-03-04"), e.effectiveDate());
        assertEquals(d("2026-03-09").atTime(12, 0).atZone(CaseFile.UK).toInstant(), e.recordedAt());
        assertEquals("SUBMITTED", e.fromState());
        assertEquals("VALIDATED", e.toState());
    }

    @Test
    void aRepeatRequestWithinTwoYearsOfARefusalMayBeDeclined() {
        ScottishAssetTransferRequest first = validatedOn("2024-01-08");
        first.decide(on("2024-03-01"), Decision.REFUSED, null);
        clock.set(d("2026-02-28"));
        ScottishAssetTransferRequest repeat = ScottishAssetTransferRequest.submit("ATR-2", HALL, "Pittville Community Trust",
                TransferType.OWNERSHIP, AuthorityKind.LOCAL_AUTHORITY, RULES, CAL, Act.on(d("2026-02-28")), clock);
        repeat.declineAsRepeat(on("2026-03-02"), first);
        assertEquals(State.DECLINED, repeat.state());

        ScottishAssetTransferRequest tooLate = ScottishAssetTransferRequest.submit("ATR-3", HALL, "Pittville Community Trust",
                TransferType.OWNERSHIP, AuthorityKind.LOCAL_AUTHORITY, RULES, CAL, Act.on(d("2026-03-02")), clock);
        assertThrows(CaseException.class, () -> tooLate.declineAsRepeat(on("2026-03-02"), first));

        ScottishAssetTransferRequest lease = ScottishAssetTransferRequest.submit("ATR-4", HALL, "Pittville Community Trust",
                TransferType.LEASE, AuthorityKind.LOCAL_AUTHORITY, RULES, CAL, Act.on(d("2026-03-02")), clock);
        assertThrows(CaseException.class, () -> lease.declineAsRepeat(on("2026-03-02"), first), "different transfer type");
    }

    @Test
    void aCouncilsLocalHolidayMovesTheDeadline() {
        WorkingDayCalendar edited = WorkingDayCalendar.withEdits(CalendarRegion.SCOTLAND,
                HolidaySchedule.parse("add 2026-12-02 Local holiday"));
        clock.set(d("2026-06-01"));
        ScottishAssetTransferRequest r = ScottishAssetTransferRequest.submit("ATR-9", HALL, "Trust", TransferType.LEASE,
                AuthorityKind.LOCAL_AUTHORITY, RULES, edited, Act.on(d("2026-06-01")), clock);
        r.validate(on("2026-06-01"));
        r.decide(on("2026-11-23"), Decision.REFUSED, null);
        assertEquals(d("2026-12-22"), r.challengeLastDay().orElseThrow());
    }

    @Test
    void requestsBeforePartFiveCommencedAreRejected() {
        clock.set(d("2017-01-20"));
        assertThrows(CaseException.class, () -> ScottishAssetTransferRequest.submit("ATR-0", HALL, "Trust",
                TransferType.LEASE, AuthorityKind.LOCAL_AUTHORITY, RULES, CAL, Act.on(d("2017-01-20")), clock));
    }

    @Test
    void theDashboardShowsOverdueAndUpcomingDecisions() {
        ScottishAssetTransferRequest late = validatedOn("2026-03-02");
        ScottishAssetTransferRequest soon = ScottishAssetTransferRequest.submit("ATR-5", HALL, "Trust", TransferType.LEASE,
                AuthorityKind.LOCAL_AUTHORITY, RULES, CAL, on("2026-06-01"), clock);
        soon.validate(on("2026-06-01"));
        ScottishAssetTransferRequest later = ScottishAssetTransferRequest.submit("ATR-6", HALL, "Trust", TransferType.LEASE,
                AuthorityKind.LOCAL_AUTHORITY, RULES, CAL, on("2026-11-01"), clock);
        later.validate(on("2026-11-01"));
        clock.set(d("2026-11-23"));
        DeadlineBoard.View v = new DeadlineBoard(clock).view(List.of(late, soon, later), 14, Party.COUNCIL);
        assertEquals(List.of("ATR-1"), v.overdue().stream().map(Deadline::caseId).toList());
        assertEquals(List.of("ATR-5"), v.upcoming().stream().map(Deadline::caseId).toList());
        assertEquals(d("2026-12-01"), v.upcoming().get(0).lastDay());
        assertFalse(v.upcoming().stream().anyMatch(x -> x.caseId().equals("ATR-6")));
    }
}
