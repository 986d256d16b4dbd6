package org.folkmoot.assets.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.folkmoot.assets.internal.cases.AssetOfCommunityValue.Phase;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue.State;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.assets.internal.rules.RuleSet;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;

class AssetOfCommunityValueTest {
    static final RuleSet RULES = RuleBook.bundled().byId("england-localism-2011-acv").orElseThrow();
    static final LandReference PUB = new LandReference("100121228178", "09/00025/Land and Building", "The Plough");
    static final Nominator FRIENDS = new Nominator("Friends of the Plough", Nominator.Kind.UNINCORPORATED_BODY, 21, true);

    final TestClock clock = TestClock.on(LocalDate.of(2026, 1, 5));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    Act on(String day) {
        clock.set(d(day));
        return Act.on(d(day)).by("officer");
    }

    AssetOfCommunityValue nominated(String day) {
        return AssetOfCommunityValue.nominate("ACV-1", PUB, "The Plough", "1 High Street, Cheltenham", FRIENDS, RULES,
                on(day), clock);
    }

    AssetOfCommunityValue listed(String day) {
        AssetOfCommunityValue a = nominated(day);
        a.list(on(day));
        return a;
    }

    Deadline deadline(AssetOfCommunityValue a, String key) {
        return a.deadlines().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() ->
                new AssertionError("no deadline " + key + " in " + a.deadlines()));
    }

    @Test
    void aNominationIsDecidedWithinEightWeeks() {
        AssetOfCommunityValue a = nominated("2026-11-23");
        assertEquals(d("2027-01-17"), deadline(a, "nomination-decision").lastDay());
        assertEquals(Party.COUNCIL, deadline(a, "nomination-decision").owedBy());
    }

    @Test
    void anUnincorporatedBodyNeedsTwentyOneMembers() {
        CaseException e = assertThrows(CaseException.class,
                () -> new Nominator("Small group", Nominator.Kind.UNINCORPORATED_BODY, 20, true));
        assertEquals(422, e.httpStatus());
        new Nominator("Parish", Nominator.Kind.PARISH_COUNCIL, 0, false);
        assertThrows(CaseException.class, () -> new Nominator("Far away charity", Nominator.Kind.CHARITY, 0, false));
    }

    @Test
    void aListingLastsFiveYearsBeginningWithTheEntry() {
        assertEquals(d("2031-11-22"), listed("2026-11-23").listingLastDay().orElseThrow());
        clock.set(d("2024-02-29"));
        AssetOfCommunityValue leap = AssetOfCommunityValue.nominate("ACV-2", PUB, "The Plough", "", FRIENDS, RULES,
                Act.on(d("2024-02-29")), clock);
        leap.list(Act.on(d("2024-02-29")));
        assertEquals(d("2029-02-28"), leap.listingLastDay().orElseThrow());
    }

    @Test
    void anUnsuccessfulNominationNeedsReasons() {
        AssetOfCommunityValue a = nominated("2026-01-05");
        assertThrows(CaseException.class, () -> a.refuse(on("2026-02-01"), " "));
        a.refuse(on("2026-02-01"), "Main use is not for the community's social wellbeing");
        assertEquals(State.UNSUCCESSFUL, a.state());
        assertTrue(a.deadlines().isEmpty());
    }

    @Test
    void theOwnerHasEightWeeksToAskForAReview() {
        AssetOfCommunityValue a = listed("2026-01-05");
        assertEquals(d("2026-03-01"), deadline(a, "owner-review-request").lastDay());
        CaseException late = assertThrows(CaseException.class, () -> a.ownerRequestsReview(on("2026-03-02")));
        assertEquals(422, late.httpStatus());
        assertEquals(State.LISTED, a.state());
        a.ownerRequestsReview(on("2026-03-02"), true);
        assertEquals(State.OWNER_REVIEW, a.state(), "the council allowed a longer period in writing");
        assertTrue(a.events().get(a.events().size() - 1).detail().contains("longer period"));
    }

    @Test
    void aLaterNoticeToTheOwnerStartsTheirEightWeeks() {
        AssetOfCommunityValue a = listed("2026-01-05");
        a.ownerNotified(on("2026-01-12"));
        assertEquals(d("2026-03-08"), deadline(a, "owner-review-request").lastDay());
        a.ownerRequestsReview(on("2026-03-08"));
        assertEquals(State.OWNER_REVIEW, a.state());
        assertEquals(409, assertThrows(CaseException.class, () -> a.ownerNotified(on("2026-03-09"))).httpStatus());
    }

    @Test
    void theReviewIsDecidedWithinEightWeeksUnlessExtended() {
        AssetOfCommunityValue a = listed("2026-01-05");
        a.ownerRequestsReview(on("2026-02-02"));
        assertEquals(d("2026-03-29"), deadline(a, "owner-review-decision").lastDay());
        a.extendReview(on("2026-03-01"), d("2026-04-30"));
        assertEquals(d("2026-04-30"), deadline(a, "owner-review-decision").lastDay());
    }

    @Test
    void theTribunalAppealIsWithinTwentyEightDaysOfTheReviewDecision() {
        AssetOfCommunityValue a = listed("2026-01-05");
        assertThrows(CaseException.class, () -> a.appealToTribunal(on("2026-01-20")), "review first");
        a.ownerRequestsReview(on("2026-02-02"));
        a.reviewDecided(on("2026-03-10"), true, "Community use continues");
        assertEquals(State.LISTED, a.state());
        // "within 28 days of the date on which notice was sent": 10 March + 28 days
        assertEquals(d("2026-04-07"), deadline(a, "tribunal-appeal").lastDay());
        // a later appeal is the tribunal's to admit: recorded with a warning
        a.appealToTribunal(on("2026-04-08"));
        assertEquals(State.TRIBUNAL_APPEAL, a.state());
        assertTrue(a.events().get(a.events().size() - 1).detail().contains("tribunal decides"));
    }

    @Test
    void theTribunalCanRemoveTheListing() {
        AssetOfCommunityValue a = listed("2026-01-05");
        a.ownerRequestsReview(on("2026-02-02"));
        a.reviewDecided(on("2026-03-10"), true, "Community use continues");
        a.appealToTribunal(on("2026-04-06"));
        a.tribunalDecided(on("2026-07-01"), false);
        assertEquals(State.REMOVED, a.state());
        assertFalse(a.isListed());
    }

    @Test
    void moratoriaAndProtectedPeriodFromANoticeOnThirtyFirstAugust() {
        AssetOfCommunityValue a = listed("2026-01-05");
        a.disposalNotified(on("2026-08-31"));
        assertEquals(d("2026-10-11"), a.moratoriumLastDay().orElseThrow(), "6 weeks beginning with the notice");
        assertEquals(d("2028-02-29"), a.protectedPeriodLastDay().orElseThrow(), "18 months: no 31 February 2028");
        assertEquals(Phase.INTERIM_MORATORIUM, a.phaseOn(d("2026-10-11")));
        assertEquals(Phase.PROTECTED_PERIOD, a.phaseOn(d("2026-10-12")), "no group asked to bid");

        a.communityInterestGroupRequest(on("2026-10-11"), "Plough Community Benefit Society");
        assertEquals(d("2027-02-28"), a.moratoriumLastDay().orElseThrow(), "6 months beginning with 31 August");
        assertEquals(Phase.FULL_MORATORIUM, a.phaseOn(d("2027-02-28")));
        assertEquals(Phase.PROTECTED_PERIOD, a.phaseOn(d("2027-03-01")));
        assertEquals(Phase.NO_NOTICE, a.phaseOn(d("2028-03-01")));
    }

    @Test
    void aRequestToBidAfterTheInterimMoratoriumIsOutOfTime() {
        AssetOfCommunityValue a = listed("2026-01-05");
        a.disposalNotified(on("2026-08-31"));
        CaseException e = assertThrows(CaseException.class, () -> a.communityInterestGroupRequest(on("2026-10-12"), "Late group"));
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("2026-10-11"), e.getMessage());
    }

    @Test
    void noDisposalDuringAMoratoriumOrWithoutNotice() {
        AssetOfCommunityValue a = listed("2026-01-05");
        assertThrows(CaseException.class, () -> a.disposed(on("2026-03-01"), false, "sale"));
        a.disposalNotified(on("2026-08-31"));
        a.communityInterestGroupRequest(on("2026-09-15"), "Plough CBS");
        CaseException during = assertThrows(CaseException.class, () -> a.disposed(on("2027-02-28"), false, "sale"));
        assertEquals(422, during.httpStatus());
        a.disposed(on("2027-03-01"), false, "Sold to a brewery");
        assertEquals(State.DISPOSED, a.state());
    }

    @Test
    void aSecondNoticeInsideTheProtectedPeriodIsAConflict() {
        AssetOfCommunityValue a = listed("2026-01-05");
        a.disposalNotified(on("2026-08-31"));
        CaseException e = assertThrows(CaseException.class, () -> a.disposalNotified(on("2027-06-01")));
        assertEquals(409, e.httpStatus());
    }

    @Test
    void compensationClaimsAreDueThirteenWeeksAfterTheLoss() {
        AssetOfCommunityValue a = listed("2026-01-05");
        AssetOfCommunityValue.CompensationClaim inTime = a.compensationClaimed(on("2027-02-22"), d("2026-11-23"), "delay");
        assertTrue(inTime.inTime());
        assertEquals(d("2027-02-22"), inTime.lastDayForClaim());
        AssetOfCommunityValue.CompensationClaim late = a.compensationClaimed(on("2027-02-23"), d("2026-11-23"), "delay");
        assertFalse(late.inTime());
        assertEquals(2, a.compensationClaims().size());
    }

    @Test
    void theListingExpiresOnlyAfterFiveYears() {
        AssetOfCommunityValue a = listed("2026-01-05");
        assertThrows(CaseException.class, () -> a.expire(on("2031-01-04")));
        a.expire(on("2031-01-05"));
        assertEquals(State.EXPIRED, a.state());
        assertEquals(d("2031-01-05"), a.endedOn().orElseThrow());
    }

    @Test
    void theRightToBuyKeepsItsOwnTwelveMonthMoratoriumForCasesStartedUnderIt() {
        RuleBook book = RuleBook.bundled(Map.of("england-deca-2026-crtb", d("2027-04-01")));
        clock.set(d("2027-04-01"));
        AssetOfCommunityValue a = AssetOfCommunityValue.nominate("ACV-9", PUB, "The Plough", "", FRIENDS,
                book.englishCommunityRight(d("2027-04-01")).orElseThrow(), Act.on(d("2027-04-01")), clock);
        a.list(on("2027-04-02"));
        a.disposalNotified(on("2027-05-03"));
        a.communityInterestGroupRequest(on("2027-05-04"), "Plough CBS");
        assertEquals(d("2028-05-02"), a.moratoriumLastDay().orElseThrow());

        clock.set(d("2027-03-31"));
        AssetOfCommunityValue old = AssetOfCommunityValue.nominate("ACV-8", PUB, "The Plough", "", FRIENDS,
                book.englishCommunityRight(d("2027-03-31")).orElseThrow(), Act.on(d("2027-03-31")), clock);
        assertEquals("england-localism-2011-acv", old.rules().id());
    }

    @Test
    void aNominationUnderANotYetCommencedSchemeIsRejected() {
        RuleSet buy = RuleBook.bundled().byId("england-deca-2026-crtb").orElseThrow();
        assertThrows(CaseException.class, () -> AssetOfCommunityValue.nominate("ACV-7", PUB, "The Plough", "", FRIENDS, buy,
                on("2026-11-23"), clock));
    }
}
