package org.folkmoot.plans.internal.plan;

import java.time.LocalDate;
import java.util.List;

/** What makes a section an action: who leads it, with whom, when, how it is measured and where. */
public record ActionDetails(String lead, List<String> partners, LocalDate starts, LocalDate ends,
                            List<Indicator> indicators, Area area) {
    public ActionDetails {
        lead = lead == null ? "" : lead.strip();
        partners = partners == null ? List.of() : List.copyOf(partners);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
