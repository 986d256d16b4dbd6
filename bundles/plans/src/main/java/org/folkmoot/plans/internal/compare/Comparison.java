package org.folkmoot.plans.internal.compare;

import java.util.List;

/**
 * Two versions of a plan compared, section by section, in the later version's order with removed sections
 * where they were.
 *
 * @param language the language compared ({@code en} or {@code cy})
 * @param sections every section of either version
 */
public record Comparison(String language, List<SectionChange> sections) {

    public Comparison {
        sections = List.copyOf(sections);
    }

    public long added() {
        return count(SectionStatus.ADDED);
    }

    public long removed() {
        return count(SectionStatus.REMOVED);
    }

    public long changed() {
        return count(SectionStatus.CHANGED);
    }

    public long unchanged() {
        return count(SectionStatus.UNCHANGED);
    }

    public long moved() {
        return sections.stream().filter(SectionChange::moved).count();
    }

    /** Whether the two versions have the same sections, in the same order, word for word. */
    public boolean identical() {
        return sections.stream().allMatch(s -> s.status() == SectionStatus.UNCHANGED && !s.moved());
    }

    /** The sections that were added, removed, changed or moved: what the page shows in full. */
    public List<SectionChange> differences() {
        return sections.stream().filter(s -> s.status() != SectionStatus.UNCHANGED || s.moved()).toList();
    }

    /** The sections that are the same and in the same place: the page lists their headings only. */
    public List<SectionChange> sameSections() {
        return sections.stream().filter(s -> s.status() == SectionStatus.UNCHANGED && !s.moved()).toList();
    }

    private long count(SectionStatus status) {
        return sections.stream().filter(s -> s.status() == status).count();
    }
}
