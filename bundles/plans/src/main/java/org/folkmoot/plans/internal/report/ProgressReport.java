package org.folkmoot.plans.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.folkmoot.plans.internal.plan.ActionStatus;
import org.folkmoot.plans.internal.plan.Indicator;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.ProgressUpdate;
import org.folkmoot.plans.internal.plan.PublishedReport;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.plan.SectionKind;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.ReportingCycle.ReportDue;

/**
 * A progress report on the plan type's legal cycle (a Scottish locality plan's report for the
 * reporting year from 1 April, CE(S)A 2015 s.12; a Welsh well-being plan's within 14 months, WFG(W)A
 * 2015 s.45): each action of the adopted plan with its status and its indicators at the period's end.
 */
public record ProgressReport(Plan plan, PlanRules rules, ReportDue due, Standing standing, PublishedReport published,
                             List<ActionLine> actions) {

    public enum Standing { NOT_YET_DUE, DUE, OVERDUE, PUBLISHED }

    public record ActionLine(Section action, ActionStatus status, LocalDate updated, String note, List<IndicatorLine> indicators) {
    }

    public record IndicatorLine(Indicator indicator, BigDecimal latest) {
    }

    public static ProgressReport of(Plan plan, PlanRules rules, int n, LocalDate today) {
        ReportDue due = plan.report(n, rules).orElseThrow(() -> new PlanException(404, null,
                plan.adoption().isEmpty() ? plan.id() + " is not adopted yet: progress reports start after adoption."
                        : "A plan under " + rules.id() + " has no progress report " + n + ".", "plans.error.no-report", n));
        if (n > plan.reports().size() + 1) {
            throw new PlanException(404, null, "Report " + (plan.reports().size() + 1) + " comes first.", "plans.error.report-order",
                    plan.reports().size() + 1);
        }
        PublishedReport published = plan.reports().stream().filter(r -> r.number() == n).findFirst().orElse(null);
        Standing standing = published != null ? Standing.PUBLISHED
                : today.isAfter(due.dueBy()) ? Standing.OVERDUE : today.isAfter(due.to()) ? Standing.DUE : Standing.NOT_YET_DUE;
        LocalDate asAt = today.isBefore(due.to()) ? today : due.to();
        List<ActionLine> lines = new ArrayList<>();
        for (Section s : plan.version(plan.adoption().orElseThrow().version()).sections()) {
            if (s.kind() != SectionKind.ACTION) {
                continue;
            }
            Optional<ProgressUpdate> u = plan.progressOf(s.key(), asAt);
            List<IndicatorLine> indicators = new ArrayList<>();
            if (s.action() != null) {
                for (Indicator i : s.action().indicators()) {
                    BigDecimal latest = plan.progress().stream()
                            .filter(p -> p.action().equals(s.key()) && !p.on().isAfter(asAt) && p.values().containsKey(i.key()))
                            .max(java.util.Comparator.comparing(ProgressUpdate::on)).map(p -> p.values().get(i.key())).orElse(null);
                    indicators.add(new IndicatorLine(i, latest));
                }
            }
            lines.add(new ActionLine(s, u.map(ProgressUpdate::status).orElse(ActionStatus.NOT_STARTED),
                    u.map(ProgressUpdate::on).orElse(null), u.map(ProgressUpdate::note).orElse(""), indicators));
        }
        return new ProgressReport(plan, rules, due, standing, published, lines);
    }

    public long count(ActionStatus status) {
        return actions.stream().filter(a -> a.status() == status).count();
    }

    /** For templates: how many actions have the status named. */
    public long count(String status) {
        return count(ActionStatus.valueOf(status));
    }
}
