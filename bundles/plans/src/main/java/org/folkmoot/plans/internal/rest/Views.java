package org.folkmoot.plans.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.folkmoot.plans.internal.plan.Adoption;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.Consultation;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.plan.PublishedReport;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.ReportingCycle.ReportDue;

/** What the JSON API answers with: plain records, no personal data (comment authors are never named). */
final class Views {
    private Views() {
    }

    record PlanView(String id, String type, String rules, String rulesTitle, boolean statutory, Bilingual title, boolean welshFirst,
                    Area area, String organisation, LocalDate started, List<VersionSummary> versions,
                    List<Consultation> consultations, Adoption adoption, ReportDue nextReport, List<PublishedReport> reports,
                    String page) {
    }

    record VersionSummary(int number, String status, int sections, Instant publishedAt) {
    }

    record VersionView(String plan, int number, String status, Instant publishedAt, List<Section> sections) {
    }

    static PlanView of(Plan p, PlanRules rules) {
        return new PlanView(p.id(), p.type().slug(), rules.id(), rules.titleEn(), rules.statutory(), p.title(), p.welshFirst(),
                p.area(), p.organisation(), p.started(),
                p.versions().stream().map(v -> new VersionSummary(v.number(), v.status().name(), v.sections().size(), v.publishedAt()))
                        .toList(),
                p.consultations(), p.adoption().orElse(null), p.nextReport(rules).orElse(null), p.reports(), "/plans/" + p.id());
    }

    static VersionView of(Plan p, PlanVersion v) {
        return new VersionView(p.id(), v.number(), v.status().name(), v.publishedAt(), v.sections());
    }
}
