package org.folkmoot.assets.internal.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.AuthorityKind;
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
            step(r, e, () -> CaseSteps.apply(r, e.type(), act, args(e), otherCases));
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
            step(a, e, () -> CaseSteps.apply(a, e.type(), act, args(e)));
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
            step(t, e, () -> CaseSteps.apply(t, e.type(), act, args(e)));
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

    private static CaseSteps.Args args(CaseEvent e) {
        return new CaseSteps.Args(e.type(), e.args());
    }

    private static String need(CaseEvent e, String name) {
        return e.arg(name).orElseThrow(() -> new IllegalStateException("event " + e.sequence() + " (" + e.type()
                + ") lacks '" + name + "'"));
    }

}
