package org.folkmoot.assets.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.ChallengeOutcome;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.Decision;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.TransferType;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** A case rebuilt from its stored timeline is the same case: state, timeline, deadlines, lock. */
class CaseReplayTest {
    static final RuleBook BOOK = RuleBook.bundled();
    static final WorkingDayCalendar CAL = WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND);
    final TestClock clock = TestClock.on(LocalDate.of(2026, 1, 5));

    Act on(String day) {
        clock.set(LocalDate.parse(day));
        return Act.on(LocalDate.parse(day)).by("j.smith");
    }

    @Test
    void aScottishRequestThroughReviewOfferAndExtensions() {
        ScottishAssetTransferRequest r = ScottishAssetTransferRequest.submit("ATR-7",
                new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent"), "Pittville Trust",
                TransferType.LEASE, AuthorityKind.LOCAL_AUTHORITY, BOOK.byId("scotland-cesa-2015-part5").orElseThrow(), CAL,
                on("2026-01-05"), clock);
        r.markIncomplete(on("2026-01-07"), "business plan");
        r.disposalAlreadyUnderway(on("2026-01-08"), "advertised for lease in December");
        r.validate(on("2026-01-20"));
        r.giveNotices(on("2026-01-21"), LocalDate.parse("2026-02-25"));
        r.inviteComments(on("2026-02-26"));
        r.startAssessment(on("2026-03-30"));
        r.extendDecisionPeriod(on("2026-07-01").saying("valuation delayed"), LocalDate.parse("2026-09-30"));
        r.decide(on("2026-09-01"), Decision.REFUSED, null);
        r.applyForReview(on("2026-09-10"));
        r.recordChallengeOutcome(on("2026-11-02"), ChallengeOutcome.DECISION_SUBSTITUTED, Decision.AGREED,
                LocalDate.parse("2027-05-31"));
        clock.set(LocalDate.parse("2026-11-23"));

        ScottishAssetTransferRequest back = CaseReplay.assetTransferRequest("ATR-7", new ArrayList<>(r.events()), BOOK, CAL,
                id -> { throw new AssertionError(); }, clock);
        assertEquals(r.state(), back.state());
        assertEquals(r.events(), back.events());
        assertEquals(r.deadlines(), back.deadlines());
        assertEquals(r.disposalLock(), back.disposalLock());
        assertEquals(r.extensions(), back.extensions());
        assertEquals("valuation delayed", back.extensions().get(0).note());

        back.offerSubmitted(on("2026-11-23"));
        assertEquals(ScottishAssetTransferRequest.State.OFFER_SUBMITTED, back.state(), "a rebuilt case carries on");
    }

    @Test
    void anEnglishListingWithMoratoriumAndClaim() {
        AssetOfCommunityValue a = AssetOfCommunityValue.nominate("ACV-3", new LandReference("100121228178", "", "The Plough"),
                "The Plough", "1 High Street", new Nominator("Friends", Nominator.Kind.UNINCORPORATED_BODY, 30, true),
                BOOK.byId("england-localism-2011-acv").orElseThrow(), on("2026-01-05"), clock);
        a.list(on("2026-02-02"));
        a.ownerNotified(on("2026-02-03"));
        a.ownerRequestsReview(on("2026-02-10"));
        a.reviewDecided(on("2026-03-10"), true, "still used by the community");
        a.disposalNotified(on("2026-08-31"));
        a.communityInterestGroupRequest(on("2026-09-01"), "Plough CBS");
        a.compensationClaimed(on("2026-11-20"), LocalDate.parse("2026-10-01"), "lost sale");
        AssetOfCommunityValue back = CaseReplay.assetOfCommunityValue("ACV-3", a.events(), BOOK, clock);
        assertEquals(a.state(), back.state());
        assertEquals(a.events(), back.events());
        assertEquals(a.deadlines(), back.deadlines());
        assertEquals(a.disposalNotice(), back.disposalNotice());
        assertEquals(a.compensationClaims(), back.compensationClaims());
    }

    @Test
    void aNonStatutoryTransferThatWentBack() {
        TransferPipeline p = TransferPipeline.example();
        NonStatutoryTransfer t = NonStatutoryTransfer.start("CAT-5", new LandReference("", "CC-1", "Centre"), "Group", p,
                on("2026-01-05"), clock);
        t.advance(on("2026-02-01"));
        t.advance(on("2026-04-01"));
        t.returnTo(on("2026-04-02"), "business-plan", "needs a cash-flow forecast");
        NonStatutoryTransfer back = CaseReplay.nonStatutoryTransfer("CAT-5", t.events(), Map.of(p.id(), p)::get, clock);
        assertEquals(t.events(), back.events());
        assertEquals("business-plan", back.stage().key());
        assertEquals(t.deadlines(), back.deadlines());
    }

    @Test
    void aTamperedTimelineIsRefused() {
        AssetOfCommunityValue a = AssetOfCommunityValue.nominate("ACV-4", new LandReference("1", "", "x"), "X", "",
                new Nominator("Parish", Nominator.Kind.PARISH_COUNCIL, 0, false),
                BOOK.byId("england-localism-2011-acv").orElseThrow(), on("2026-01-05"), clock);
        a.list(on("2026-01-06"));
        a.ownerRequestsReview(on("2026-02-01"));
        List<CaseEvent> events = new ArrayList<>(a.events());
        CaseEvent review = events.get(2);
        // move the review request past its 8 weeks
        events.set(2, new CaseEvent(review.sequence(), review.recordedAt(), review.type(), review.fromState(),
                review.toState(), LocalDate.parse("2026-04-01"), review.actor(), review.detail(), review.args()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CaseReplay.assetOfCommunityValue("ACV-4", events, BOOK, clock));
        assertTrue(e.getMessage().contains("step 3"), e.getMessage());
    }
}
