package org.folkmoot.assets.internal.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.ChallengeOutcome;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.Decision;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.TransferType;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.assets.internal.rules.RuleSet;

/**
 * Rebuilds a case from its stored timeline by running each recorded step again, with the clock
 * held at the moment the step was first recorded. The timeline is the record; the state is
 * derived. Every replayed step must produce the event that was stored, or the replay fails
 * loudly instead of showing a case that differs from its audit trail.
 *
 * <p>Replay uses today's calendar: if a council's later calendar edit would put a recorded step
 * out of time, the replay reports it (see the bundle README).
 */
public final class CaseReplay {

    private CaseReplay() {
    }

    /** A clock fixed at each replayed step's recording time, then live once the replay is done. */
    static final class ReplayClock extends Clock {
        private final Clock live;
        private Instant at;

        ReplayClock(Clock live) {
            this.live = live;
        }

        @Override
        public ZoneId getZone() {
            return live.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return at == null ? live.withZone(zone) : Clock.fixed(at, zone);
        }

        @Override
        public Instant instant() {
            return at == null ? live.instant() : at;
        }
    }

    public static ScottishAssetTransferRequest assetTransferRequest(String id, List<CaseEvent> events, RuleBook rules,
            WorkingDayCalendar calendar, Function<String, ScottishAssetTransferRequest> otherCases, Clock live) {
        ReplayClock clock = new ReplayClock(live);
        CaseEvent first = first(id, events, "submitted");
        clock.at = first.recordedAt();
        ScottishAssetTransferRequest r = ScottishAssetTransferRequest.submit(id, land(first), first.arg("communityBody").orElse(""),
                TransferType.valueOf(need(first, "transferType")), AuthorityKind.valueOf(need(first, "authority")),
                ruleSet(rules, first), calendar, act(first), clock);
        for (CaseEvent e : events.subList(1, events.size())) {
            clock.at = e.recordedAt();
            Act act = act(e);
            step(r, e, () -> {
                switch (e.type()) {
                    case "incomplete" -> r.markIncomplete(act, need(e, "missing"));
                    case "validated" -> r.validate(act);
                    case "declined-repeat" -> r.declineAsRepeat(act, otherCases.apply(need(e, "refusedCase")));
                    case "notices-given" -> r.giveNotices(act, date(e, "closingDate"));
                    case "comments-invited" -> r.inviteComments(act);
                    case "assessment-started" -> r.startAssessment(act);
                    case "decision-period-extended" -> r.extendDecisionPeriod(act, date(e, "newLastDay"));
                    case "decision" -> r.decide(act, Decision.valueOf(need(e, "decision")), optionalDate(e, "offerDeadline"));
                    case "not-determined" -> r.recordNoDecision(act);
                    case "review-applied" -> r.applyForReview(act);
                    case "appeal-made" -> r.appealToMinisters(act);
                    case "review-decision", "appeal-decision" -> r.recordChallengeOutcome(act,
                            ChallengeOutcome.valueOf(need(e, "outcome")), Decision.valueOf(need(e, "decision")),
                            optionalDate(e, "offerDeadline"));
                    case "offer-submitted" -> r.offerSubmitted(act);
                    case "contract-period-extended" -> r.extendContractPeriod(act, date(e, "newLastDay"));
                    case "contract-concluded" -> r.contractConcluded(act);
                    case "no-contract-appeal" -> r.appealNoContract(act);
                    case "concluded" -> r.transferCompleted(act);
                    case "lapsed" -> r.lapse(act);
                    case "withdrawn" -> r.withdraw(act);
                    default -> throw unknown(id, e);
                }
            });
        }
        clock.at = null;
        return r;
    }

    public static AssetOfCommunityValue assetOfCommunityValue(String id, List<CaseEvent> events, RuleBook rules, Clock live) {
        ReplayClock clock = new ReplayClock(live);
        CaseEvent first = first(id, events, "nominated");
        clock.at = first.recordedAt();
        Nominator nominator = new Nominator(need(first, "nominator"), Nominator.Kind.valueOf(need(first, "nominatorKind")),
                Integer.parseInt(first.arg("members").orElse("0")), Boolean.parseBoolean(first.arg("localConnection").orElse("false")));
        AssetOfCommunityValue a = AssetOfCommunityValue.nominate(id, land(first), need(first, "name"),
                first.arg("address").orElse(""), nominator, ruleSet(rules, first), act(first), clock);
        for (CaseEvent e : events.subList(1, events.size())) {
            clock.at = e.recordedAt();
            Act act = act(e);
            step(a, e, () -> {
                switch (e.type()) {
                    case "listed" -> a.list(act);
                    case "owner-notified" -> a.ownerNotified(act);
                    case "unsuccessful" -> a.refuse(act, need(e, "reasons"));
                    case "review-requested" -> a.ownerRequestsReview(act);
                    case "review-extended" -> a.extendReview(act, date(e, "newLastDay"));
                    case "review-upheld-listing" -> a.reviewDecided(act, true, need(e, "reasons"));
                    case "review-removed-listing" -> a.reviewDecided(act, false, need(e, "reasons"));
                    case "tribunal-appeal" -> a.appealToTribunal(act);
                    case "tribunal-upheld-listing" -> a.tribunalDecided(act, true);
                    case "tribunal-removed-listing" -> a.tribunalDecided(act, false);
                    case "disposal-notified" -> a.disposalNotified(act);
                    case "request-to-bid" -> a.communityInterestGroupRequest(act, need(e, "group"));
                    case "disposed" -> a.disposed(act, false, e.arg("detail").orElse(null));
                    case "exempt-disposal" -> a.disposed(act, true, e.arg("detail").orElse(null));
                    case "removed" -> a.removeFromList(act, need(e, "reasons"));
                    case "expired" -> a.expire(act);
                    case "compensation-claimed" -> a.compensationClaimed(act, date(e, "lossIncurredOn"),
                            e.arg("description").orElse(""));
                    default -> throw unknown(id, e);
                }
            });
        }
        clock.at = null;
        return a;
    }

    public static NonStatutoryTransfer nonStatutoryTransfer(String id, List<CaseEvent> events,
            Function<String, TransferPipeline> pipelines, Clock live) {
        ReplayClock clock = new ReplayClock(live);
        CaseEvent first = first(id, events, "started");
        clock.at = first.recordedAt();
        NonStatutoryTransfer t = NonStatutoryTransfer.start(id, land(first), need(first, "group"),
                pipelines.apply(need(first, "pipeline")), act(first), clock);
        for (CaseEvent e : events.subList(1, events.size())) {
            clock.at = e.recordedAt();
            Act act = act(e);
            step(t, e, () -> {
                switch (e.type()) {
                    case "stage-advanced" -> t.advance(act);
                    case "stage-returned" -> t.returnTo(act, need(e, "stage"), need(e, "note"));
                    case "completed" -> t.complete(act);
                    case "declined" -> t.decline(act, need(e, "reasons"));
                    case "withdrawn" -> t.withdraw(act);
                    default -> throw unknown(id, e);
                }
            });
        }
        clock.at = null;
        return t;
    }

    private static void step(CaseFile<?> c, CaseEvent stored, Runnable action) {
        try {
            action.run();
        } catch (CaseException ex) {
            throw new IllegalStateException("Case " + c.id() + " cannot be rebuilt at step " + stored.sequence() + " ("
                    + stored.type() + " on " + stored.effectiveDate() + "): " + ex.getMessage(), ex);
        }
        CaseEvent made = c.events().get(c.events().size() - 1);
        if (made.sequence() != stored.sequence() || !made.type().equals(stored.type())
                || !made.toState().equals(stored.toState()) || !made.effectiveDate().equals(stored.effectiveDate())) {
            throw new IllegalStateException("Case " + c.id() + " rebuilt differently at step " + stored.sequence()
                    + ": stored " + stored.type() + " -> " + stored.toState() + ", replayed " + made.type() + " -> " + made.toState());
        }
    }

    private static CaseEvent first(String id, List<CaseEvent> events, String type) {
        if (events.isEmpty() || !events.get(0).type().equals(type)) {
            throw new IllegalStateException("Case " + id + " has no '" + type + "' event to start from");
        }
        return events.get(0);
    }

    private static RuleSet ruleSet(RuleBook rules, CaseEvent first) {
        String id = need(first, "ruleSet");
        return rules.byId(id).orElseThrow(() -> new IllegalStateException("unknown rule set " + id));
    }

    private static LandReference land(CaseEvent e) {
        return new LandReference(e.arg("uprn").orElse(""), e.arg("assetCode").orElse(""), e.arg("land").orElse(""));
    }

    private static Act act(CaseEvent e) {
        return new Act(e.effectiveDate(), e.actor(), e.arg("note").orElse(null));
    }

    private static String need(CaseEvent e, String name) {
        return e.arg(name).orElseThrow(() -> new IllegalStateException("event " + e.sequence() + " (" + e.type()
                + ") lacks '" + name + "'"));
    }

    private static LocalDate date(CaseEvent e, String name) {
        return LocalDate.parse(need(e, name));
    }

    private static LocalDate optionalDate(CaseEvent e, String name) {
        return e.arg(name).map(LocalDate::parse).orElse(null);
    }

    private static IllegalStateException unknown(String id, CaseEvent e) {
        return new IllegalStateException("Case " + id + ": unknown step '" + e.type() + "'");
    }
}
