package org.folkmoot.assets.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private static final WorkingDayCalendar SCOTLAND = WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND);
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.bundled(CalendarRegion.ENGLAND_AND_WALES);

    private static List<LocalDate> dates(WorkingDayCalendar c, int year) {
        return c.holidays(year).stream().map(BankHoliday::date).toList();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void scotland2026MatchesThePublishedList() {
        assertEquals(List.of(d("2026-01-01"), d("2026-01-02"), d("2026-04-03"), d("2026-05-04"), d("2026-05-25"),
                d("2026-08-03"), d("2026-11-30"), d("2026-12-25"), d("2026-12-28")), dates(SCOTLAND, 2026));
    }

    @Test
    void scotland2027SubstitutesBothNewYearAndChristmasPairs() {
        // 2 Jan 2027 is a Saturday -> Mon 4 Jan; 25 Dec Sat -> Mon 27; 26 Dec Sun -> Tue 28
        assertEquals(List.of(d("2027-01-01"), d("2027-01-04"), d("2027-03-26"), d("2027-05-03"), d("2027-05-31"),
                d("2027-08-02"), d("2027-11-30"), d("2027-12-27"), d("2027-12-28")), dates(SCOTLAND, 2027));
    }

    @Test
    void scotland2022HasTheJubileeFuneralAndBothNewYearSubstitutes() {
        // 1 Jan Sat, 2 Jan Sun -> Mon 3 and Tue 4; spring holiday moved to 2 June; 25 Dec Sun -> Boxing Day Mon 26, Christmas Tue 27
        assertEquals(List.of(d("2022-01-03"), d("2022-01-04"), d("2022-04-15"), d("2022-05-02"), d("2022-06-02"),
                d("2022-06-03"), d("2022-08-01"), d("2022-09-19"), d("2022-11-30"), d("2022-12-26"), d("2022-12-27")),
                dates(SCOTLAND, 2022));
    }

    @Test
    void scotland2023NewYearOnSundayGivesSecondAndThirdJanuary() {
        assertTrue(SCOTLAND.holiday(d("2023-01-02")).isPresent());
        assertTrue(SCOTLAND.holiday(d("2023-01-03")).isPresent());
        assertTrue(SCOTLAND.holiday(d("2023-05-08")).isPresent(), "coronation");
        assertFalse(ENGLAND.holiday(d("2023-01-03")).isPresent(), "England has no 2 January holiday");
    }

    @Test
    void stAndrewsDayAtAWeekendMovesToMonday() {
        // 30 Nov 2024 was a Saturday
        assertTrue(SCOTLAND.holiday(d("2024-12-02")).isPresent());
        assertTrue(SCOTLAND.isWorkingDay(d("2024-11-29")));
    }

    @Test
    void englandAndWales2027() {
        assertEquals(List.of(d("2027-01-01"), d("2027-03-26"), d("2027-03-29"), d("2027-05-03"), d("2027-05-31"),
                d("2027-08-30"), d("2027-12-27"), d("2027-12-28")), dates(ENGLAND, 2027));
    }

    @Test
    void scotlandHasNoEasterMondayAndAnEarlierSummerHoliday() {
        assertTrue(SCOTLAND.isWorkingDay(d("2027-03-29")));
        assertTrue(SCOTLAND.isWorkingDay(d("2027-08-30")));
        assertFalse(ENGLAND.isWorkingDay(d("2027-03-29")));
        assertTrue(ENGLAND.isWorkingDay(d("2027-08-02")));
    }

    @Test
    void vEDayMovedTheEarlyMayHolidayIn2020() {
        assertTrue(ENGLAND.isWorkingDay(d("2020-05-04")));
        assertFalse(ENGLAND.isWorkingDay(d("2020-05-08")));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertFalse(SCOTLAND.isWorkingDay(d("2026-11-28")));
        assertFalse(SCOTLAND.isWorkingDay(d("2026-11-29")));
        assertTrue(SCOTLAND.isWorkingDay(d("2026-11-27")));
    }

    @Test
    void beginningWithCountsTheStartDayAsDayOne() {
        LocalDate monday = d("2026-11-02");
        assertEquals(monday, SCOTLAND.endOfWorkingDaysBeginningWith(monday, 1));
        assertEquals(d("2026-11-06"), SCOTLAND.endOfWorkingDaysBeginningWith(monday, 5));
        assertEquals(d("2026-11-27"), SCOTLAND.endOfWorkingDaysBeginningWith(monday, 20));
    }

    @Test
    void aPeriodBeginningOnAWeekendStartsCountingOnMonday() {
        assertEquals(d("2026-11-09"), SCOTLAND.endOfWorkingDaysBeginningWith(d("2026-11-07"), 1));
    }

    @Test
    void twentyWorkingDaysOverChristmasAndNewYearInScotland() {
        // Mon 14 Dec 2026: holidays 25 Dec, 28 Dec, 1 Jan, 4 Jan (2 Jan 2027 is a Saturday)
        assertEquals(d("2027-01-14"), SCOTLAND.endOfWorkingDaysBeginningWith(d("2026-12-14"), 20));
        // England loses only 25 Dec, 28 Dec and 1 Jan
        assertEquals(d("2027-01-13"), ENGLAND.endOfWorkingDaysBeginningWith(d("2026-12-14"), 20));
    }

    @Test
    void councilEditsOverrideTheBundledCalendar() {
        HolidaySchedule edits = HolidaySchedule.parse("""
                # a local holiday and a national one the council's offices stay open on
                add 2027-04-05 Spring local holiday
                remove 2027-11-30 offices open on St Andrew's Day
                """);
        WorkingDayCalendar edited = WorkingDayCalendar.withEdits(CalendarRegion.SCOTLAND, edits);
        assertFalse(edited.isWorkingDay(d("2027-04-05")));
        assertTrue(edited.isWorkingDay(d("2027-11-30")));
        assertEquals("Spring local holiday", edited.holiday(d("2027-04-05")).orElseThrow().name());
        assertTrue(SCOTLAND.isWorkingDay(d("2027-04-05")), "the bundled calendar is untouched");
    }

    @Test
    void aCouncilCanRestoreADayTheBundledFileRemoved() {
        WorkingDayCalendar edited = WorkingDayCalendar.withEdits(CalendarRegion.SCOTLAND,
                HolidaySchedule.parse("add 2022-05-30 Local holiday kept"));
        assertFalse(edited.isWorkingDay(d("2022-05-30")));
    }

    @Test
    void badLinesAreReportedWithTheirLineNumber() {
        CalendarFormatException e = assertThrows(CalendarFormatException.class,
                () -> HolidaySchedule.parse("add 2027-01-05 ok\nadd 05/01/2027 bad"));
        assertEquals(2, e.line());
        assertThrows(CalendarFormatException.class, () -> HolidaySchedule.parse("holiday 2027-01-05"));
        assertThrows(CalendarFormatException.class, () -> HolidaySchedule.parse("rule monday 13 1 Nope"));
    }

    @Test
    void easterDatesAreRight() {
        assertEquals(d("2024-03-31"), HolidayRule.easterSunday(2024));
        assertEquals(d("2025-04-20"), HolidayRule.easterSunday(2025));
        assertEquals(d("2026-04-05"), HolidayRule.easterSunday(2026));
        assertEquals(d("2028-04-16"), HolidayRule.easterSunday(2028));
    }

    @Test
    void workingDaysBetweenIsInclusive() {
        assertEquals(5, SCOTLAND.workingDaysBetweenInclusive(d("2026-11-02"), d("2026-11-08")));
        assertEquals(0, SCOTLAND.workingDaysBetweenInclusive(d("2026-11-08"), d("2026-11-02")));
    }
}
