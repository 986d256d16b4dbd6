package org.folkmoot.plans.internal.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A numbered version of a plan: a draft editors change, or a published version nothing changes. */
public record PlanVersion(int number, Status status, List<Section> sections, Instant savedAt, String savedBy,
                          Instant publishedAt, String publishedBy) {
    public enum Status { DRAFT, PUBLISHED }

    public PlanVersion {
        sections = List.copyOf(sections);
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    PlanVersion publish(Instant at, String by) {
        return new PlanVersion(number, Status.PUBLISHED, sections, savedAt, savedBy, at, by);
    }
}
