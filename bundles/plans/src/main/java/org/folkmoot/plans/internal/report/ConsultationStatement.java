package org.folkmoot.plans.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.plans.internal.comments.Comments.PublishedComment;
import org.folkmoot.plans.internal.plan.Answer;
import org.folkmoot.plans.internal.plan.Consultation;
import org.folkmoot.plans.internal.plan.Consultee;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.Requirement;

/**
 * A consultation statement generated from the record (for a neighbourhood plan, what reg. 15(2) of
 * the Neighbourhood Planning (General) Regulations 2012 asks for): who was consulted and how, the
 * main issues raised (the comments, grouped by the part of the plan they concern), and how each was
 * considered and addressed, with links to the comment and to the changed section of the later version.
 */
public record ConsultationStatement(Plan plan, Consultation consultation, PlanRules rules, List<Requirement> required,
                                    List<Consultee> consulted, int comments, int fromOrganisations, int answered,
                                    List<Issue> issues) {

    /** The comments on one part of the plan (a section, or the plan as a whole: {@code section} null). */
    public record Issue(Section section, List<Response> responses) {
    }

    /** A comment, its answer (null while unanswered) and, when it changed the plan, the link to the change. */
    public record Response(PublishedComment comment, Answer answer, String changeLink) {
        public boolean answered() {
            return answer != null;
        }
    }

    public static ConsultationStatement of(Plan plan, int consultationId, PlanRules rules, List<PublishedComment> all) {
        Consultation c = plan.consultation(consultationId);
        PlanVersion consulted = plan.version(c.version());
        Map<String, List<Response>> bySection = new LinkedHashMap<>();
        bySection.put("", new ArrayList<>());
        for (Section s : consulted.sections()) {
            bySection.put(s.key(), new ArrayList<>());
        }
        Map<String, Answer> answers = plan.answers();
        int answered = 0;
        int organisations = 0;
        int count = 0;
        for (PublishedComment pc : all) {
            if (pc.consultation() != c.id()) {
                continue;
            }
            count++;
            if (pc.organisation() != null) {
                organisations++;
            }
            Answer a = answers.get(pc.id());
            if (a != null) {
                answered++;
            }
            String link = a != null && a.changedThePlan()
                    ? "/plans/" + plan.id() + "/versions/" + a.inVersion() + "#section-" + a.changedSection() : null;
            bySection.computeIfAbsent(pc.section() == null ? "" : pc.section(), k -> new ArrayList<>()).add(new Response(pc, a, link));
        }
        List<Issue> issues = new ArrayList<>();
        bySection.forEach((key, responses) -> {
            if (!responses.isEmpty()) {
                issues.add(new Issue(key.isEmpty() ? null : consulted.section(key).orElse(null), responses));
            }
        });
        return new ConsultationStatement(plan, c, rules, rules.consultees(), c.consultees(), count, organisations, answered, issues);
    }
}
