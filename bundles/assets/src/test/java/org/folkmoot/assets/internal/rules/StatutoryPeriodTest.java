package org.folkmoot.assets.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class StatutoryPeriodTest {
    private static final WorkingDayCalendar SCOT = WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND);

    private static StatutoryPeriod p(int n, PeriodUnit u, Counting c) {
        return new StatutoryPeriod("p", n, u, c, "", "");
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void sixMonthsAfterTheLastDayOfAugustEndsOnTheLastDayOfFebruary() {
        StatutoryPeriod six = p(6, PeriodUnit.MONTHS, Counting.AFTER);
        assertEquals(d("2027-02-28"), six.lastDay(d("2026-08-31"), SCOT));
        assertEquals(d("2028-02-29"), six.lastDay(d("2027-08-31"), SCOT), "leap year");
        assertEquals(d("2027-05-15"), six.lastDay(d("2026-11-15"), SCOT));
    }

    @Test
    void sixMonthsBeginningWithUsesTheDayBeforeTheCorrespondingDate() {
        StatutoryPeriod six = p(6, PeriodUnit.MONTHS, Counting.BEGINNING_WITH);
        assertEquals(d("2027-05-14"), six.lastDay(d("2026-11-15"), SCOT));
        assertEquals(d("2027-08-31"), six.lastDay(d("2027-03-01"), SCOT));
        // no 31 February: the period ends on the last day of February
        assertEquals(d("2027-02-28"), six.lastDay(d("2026-08-31"), SCOT));
        assertEquals(d("2028-02-29"), six.lastDay(d("2027-08-31"), SCOT));
    }

    @Test
    void yearsFromTwentyNinthFebruary() {
        assertEquals(d("2029-02-28"), p(5, PeriodUnit.YEARS, Counting.BEGINNING_WITH).lastDay(d("2024-02-29"), SCOT));
        assertEquals(d("2026-02-28"), p(2, PeriodUnit.YEARS, Counting.AFTER).lastDay(d("2024-02-29"), SCOT));
        assertEquals(d("2031-11-22"), p(5, PeriodUnit.YEARS, Counting.BEGINNING_WITH).lastDay(d("2026-11-23"), SCOT));
    }

    @Test
    void weeksAndDays() {
        assertEquals(d("2027-01-17"), p(8, PeriodUnit.WEEKS, Counting.BEGINNING_WITH).lastDay(d("2026-11-23"), SCOT));
        assertEquals(d("2026-12-20"), p(28, PeriodUnit.DAYS, Counting.BEGINNING_WITH).lastDay(d("2026-11-23"), SCOT));
        assertEquals(d("2027-02-22"), p(13, PeriodUnit.WEEKS, Counting.AFTER).lastDay(d("2026-11-23"), SCOT));
    }

    @Test
    void workingDaysAfterStartTheNextDay() {
        assertEquals(d("2026-11-24"), p(1, PeriodUnit.WORKING_DAYS, Counting.AFTER).lastDay(d("2026-11-23"), SCOT));
        assertEquals(d("2026-11-23"), p(1, PeriodUnit.WORKING_DAYS, Counting.BEGINNING_WITH).lastDay(d("2026-11-23"), SCOT));
    }
}
