package org.folkmoot.assemblies.internal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.implementation.ImplementationAction;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.implementation.RollUp;
import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Vote;
import org.folkmoot.assemblies.internal.recommendations.VoteResult;
import org.folkmoot.assemblies.internal.response.CouncilResponse;

/** What the recommendations API answers: counts and decisions only, never a member's ballot. */
public final class RecommendationViews {
    private RecommendationViews() {
    }

    public record Settings(String threshold, String abstentions, LocalisedText rule, int firstReportMonths, int reportEveryMonths,
            boolean closed) {
        static Settings of(Deliberation d) {
            return new Settings(d.rule().percent(), d.rule().abstentions().name(),
                    new LocalisedText(d.rule().describe("en"), d.rule().describe("cy")), d.firstReportMonths(), d.reportEveryMonths(),
                    d.closed());
        }
    }

    /** A version; {@code changedBy} is the member's pseudonym, or null when a facilitator wrote it for members. */
    public record VersionView(int version, LocalisedText title, LocalisedText text, String changedBy, String note, Instant changedAt) {
    }

    public record VoteView(int version, String method, boolean open, Integer inFavour, Integer against, Integer abstain, int membership,
            String threshold, String abstentions, LocalisedText rule, LocalDate heldOn, String result, Integer counted,
            Integer needed, Integer margin, BigDecimal support) {
        static VoteView of(Vote v) {
            VoteResult r = v.result();
            boolean open = v.open();
            // while members are voting on their devices the running counts are not shown: they could sway the rest
            return new VoteView(v.version(), v.method().name(), open, open ? null : v.tally().inFavour(),
                    open ? null : v.tally().against(), open ? null : v.tally().abstain(),
                    v.membership(), v.rule().percent(), v.rule().abstentions().name(),
                    new LocalisedText(v.rule().describe("en"), v.rule().describe("cy")), v.heldOn(),
                    open ? "open" : r.passed() ? "pass" : "fail", open ? null : r.counted(), open ? null : r.needed(),
                    open ? null : r.margin(), open ? null : r.support());
        }
    }

    public record ResponseView(String decision, LocalisedText reasons, String service, LocalDate respondedOn) {
        static ResponseView of(CouncilResponse r) {
            return new ResponseView(r.decision().name(), r.reasons(), r.service(), r.respondedOn());
        }
    }

    public record ActionView(String id, LocalisedText title, String service, String status, int progress,
            List<org.folkmoot.assemblies.internal.implementation.ActionUpdate> updates) {
        static ActionView of(ImplementationAction a) {
            return new ActionView(a.id(), a.title(), a.service(), a.status().name(), a.progress(), a.updates());
        }
    }

    public record RecommendationView(int number, LocalisedText title, LocalisedText text, int version, List<VersionView> versions,
            VoteView vote, boolean passed, ResponseView response, boolean responseOverdue, String progress, List<ActionView> actions,
            String page) {
    }

    public record TrackerView(String assembly, LocalisedText question, LocalDate responseDue, LocalDate responseDate,
            RollUpView rollUp, List<RecommendationView> recommendations, List<ReportView> reports) {
    }

    public record RollUpView(int drafted, int passed, int answered, int accepted, int inProgress, int done, int overdue,
            LocalisedText summary) {
        static RollUpView of(RollUp r) {
            return new RollUpView(r.drafted(), r.passed(), r.answered(), r.accepted(), r.inProgress(), r.done(), r.overdue(),
                    new LocalisedText(r.describe("en"), r.describe("cy")));
        }
    }

    public record ReportView(LocalDate dueOn, boolean published, LocalDate publishedOn, LocalisedText summary, boolean overdue) {
        static ReportView of(Implementation.ScheduledReport r) {
            return new ReportView(r.dueOn(), r.published().isPresent(), r.published().map(p -> p.publishedOn()).orElse(null),
                    r.published().map(p -> p.summary()).orElse(null), r.overdue());
        }
    }

    static RecommendationView recommendation(String assemblyId, Recommendation r, Implementation.Tracked t) {
        return new RecommendationView(r.number(), r.current().title(), r.current().text(), r.current().version(),
                r.versions().stream().map(v -> new VersionView(v.version(), v.title(), v.text(),
                        v.memberAuthor().isEmpty() ? null : v.memberAuthor(), v.note(),
                        v.changedAt())).toList(),
                r.vote().map(VoteView::of).orElse(null), r.passed(), t.response(r.number()).map(ResponseView::of).orElse(null),
                t.overdue().contains(r.number()), t.response(r.number()).filter(x -> x.decision().accepted())
                        .map(x -> t.progress(r.number()).name()).orElse(null),
                t.actions(r.number()).stream().map(ActionView::of).toList(),
                "/assemblies/" + assemblyId + "/recommendations#recommendation-" + r.number());
    }

    static TrackerView tracker(org.folkmoot.assemblies.internal.commission.Assembly a, Implementation.Tracked t) {
        return new TrackerView(a.id(), a.question(), a.responseDue(), t.responseDate().orElse(null), RollUpView.of(t.rollUp()),
                t.recommendations().stream().map(r -> recommendation(a.id(), r, t)).toList(),
                t.reports().stream().map(ReportView::of).toList());
    }
}
