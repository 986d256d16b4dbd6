package org.folkmoot.plans.internal.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * When progress reports fall due, from the date a plan was adopted (published as adopted).
 *
 * <ul>
 * <li>{@code APRIL_YEAR n}: one report for each reporting year beginning on 1 April (CE(S)A 2015
 * s.8(3)), due {@code n} months after the year ends. The first covers the year in which the plan
 * was adopted. The Act sets no publication date; {@code n} is then the council's choice
 * ({@code councilChooses}), a default in the rules file the council may configure.</li>
 * <li>{@code MONTHS_AFTER_ADOPTION n}: the first no later than {@code n} months after the plan was
 * published, each later one no later than {@code n} months after the previous report (WFG(W)A 2015 s.45).</li>
 * <li>{@code ANNIVERSARY}: yearly on the anniversary of adoption (no statute).</li>
 * <li>{@code NONE}: no report.</li>
 * </ul>
 */
public record ReportingCycle(Kind kind, int months, boolean councilChooses, String citation, String note) {
    public enum Kind { APRIL_YEAR, MONTHS_AFTER_ADOPTION, ANNIVERSARY, NONE }

    public ReportingCycle(Kind kind, int months, String citation, String note) {
        this(kind, months, false, citation, note);
    }

    /**
     * This cycle with the council's own number of months, where the law sets no date
     * ({@link #councilChooses}); unchanged where the months are the law's.
     */
    public ReportingCycle councilMonths(int chosen) {
        if (!councilChooses || chosen == months) {
            return this;
        }
        if (chosen < 1 || chosen > 12) {
            throw new IllegalArgumentException("a progress report is published 1 to 12 months after its year, not " + chosen);
        }
        return new ReportingCycle(kind, chosen, true, citation, note);
    }

    private static final MonthDay YEAR_START = MonthDay.of(4, 1);

    /**
     * Report number {@code n} (1 for the first): the period it covers and its last day.
     *
     * @param previousReport when the previous report was published, for the cycles counted from it; null if none
     */
    public Optional<ReportDue> report(int n, LocalDate adopted, LocalDate previousReport) {
        if (n < 1) {
            throw new IllegalArgumentException("reports are numbered from 1");
        }
        return switch (kind) {
            case NONE -> Optional.empty();
            case APRIL_YEAR -> {
                LocalDate yearStart = YEAR_START.atYear(adopted.getMonthValue() >= 4 ? adopted.getYear() : adopted.getYear() - 1)
                        .plusYears(n - 1L);
                LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
                yield Optional.of(new ReportDue(n, yearStart, yearEnd, yearEnd.plusMonths(months)));
            }
            case MONTHS_AFTER_ADOPTION -> {
                LocalDate from = n == 1 || previousReport == null ? adopted : previousReport;
                LocalDate due = n == 1 || previousReport != null ? from.plusMonths(months)
                        // a later report whose predecessor is not yet out: counted as if each came on its last day
                        : adopted.plusMonths((long) months * n);
                yield Optional.of(new ReportDue(n, from, due, due));
            }
            case ANNIVERSARY -> {
                LocalDate from = adopted.plusYears(n - 1L);
                LocalDate to = adopted.plusYears(n).minusDays(1);
                yield Optional.of(new ReportDue(n, from, to, adopted.plusYears(n)));
            }
        };
    }

    /** A report: its number, the period it covers and the last day for publishing it. */
    public record ReportDue(int number, LocalDate from, LocalDate to, LocalDate dueBy) {
    }
}
