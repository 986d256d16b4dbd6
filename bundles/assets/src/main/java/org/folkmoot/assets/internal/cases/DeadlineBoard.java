package org.folkmoot.assets.internal.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The officers' dashboard: what is overdue and what falls due soon, by the injected clock. */
public final class DeadlineBoard {
    private final Clock clock;

    public DeadlineBoard(Clock clock) {
        this.clock = clock;
    }

    public record View(LocalDate today, List<Deadline> overdue, List<Deadline> upcoming) {
    }

    /**
     * @param cases      the open cases
     * @param withinDays how far ahead "upcoming" looks (today included)
     * @param owedBy     only deadlines owed by this party, or null for all
     */
    public View view(Collection<? extends CaseFile<?>> cases, int withinDays, Party owedBy) {
        if (withinDays < 0) {
            throw CaseException.invalid("the look-ahead must be zero days or more");
        }
        LocalDate today = LocalDate.now(clock.withZone(CaseFile.UK));
        LocalDate horizon = today.plusDays(withinDays);
        List<Deadline> all = cases.stream().flatMap(c -> c.deadlines().stream())
                .filter(d -> owedBy == null || d.owedBy() == owedBy)
                .sorted(Comparator.comparing(Deadline::lastDay).thenComparing(Deadline::caseId))
                .toList();
        return new View(today,
                all.stream().filter(d -> d.isOverdueOn(today)).toList(),
                all.stream().filter(d -> !d.isOverdueOn(today) && !d.lastDay().isAfter(horizon)).toList());
    }
}
