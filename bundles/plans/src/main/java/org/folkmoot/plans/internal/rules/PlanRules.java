package org.folkmoot.plans.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the rules for one type of plan: the law (or guidance) it comes from, the minimum
 * window of each consultation stage, who must be consulted, what must be published and when
 * progress is reported. A plan keeps the rule set it started under for life.
 *
 * @param statutory false where the rules are guidance or practice, not law (Place Plans, community action plans)
 */
public record PlanRules(String id, PlanType type, String titleEn, String titleCy, boolean statutory, LocalDate effectiveFrom,
                        Map<String, Window> windows, List<Requirement> consultees, List<Requirement> publications,
                        ReportingCycle reporting) {

    public PlanRules {
        windows = Map.copyOf(windows);
        consultees = List.copyOf(consultees);
        publications = List.copyOf(publications);
    }

    public String title(String language) {
        return "cy".equals(language) ? titleCy : titleEn;
    }

    public Optional<Window> window(String stage) {
        return Optional.ofNullable(windows.get(stage));
    }

    /** The stages in a stable order (the order of their minimum, then name). */
    public List<Window> stages() {
        return windows.values().stream()
                .sorted(java.util.Comparator.comparing(Window::stage)).toList();
    }

    /** The same rules with another reporting cycle (a council's own choice where the law sets no date). */
    public PlanRules withReporting(ReportingCycle cycle) {
        return cycle.equals(reporting) ? this
                : new PlanRules(id, type, titleEn, titleCy, statutory, effectiveFrom, windows, consultees, publications, cycle);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom);
    }
}
