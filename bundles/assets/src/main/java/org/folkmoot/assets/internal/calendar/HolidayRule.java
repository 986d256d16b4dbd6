package org.folkmoot.assets.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * A recurring bank holiday: a fixed date (optionally moved to a substitute weekday when it falls
 * at a weekend), a date relative to Easter Sunday, or the nth / last Monday of a month.
 */
sealed interface HolidayRule {
    String name();

    /** The nominal date in {@code year}, before any weekend substitution. */
    LocalDate nominal(int year);

    /** Whether a weekend occurrence moves to the next free weekday. */
    default boolean substitutes() {
        return false;
    }

    record Fixed(MonthDay day, boolean substitutes, String name) implements HolidayRule {
        @Override
        public LocalDate nominal(int year) {
            return day.atYear(year);
        }
    }

    record EasterRelative(int offsetDays, String name) implements HolidayRule {
        @Override
        public LocalDate nominal(int year) {
            return easterSunday(year).plusDays(offsetDays);
        }
    }

    /** {@code nth} Monday of a month; {@code nth == -1} means the last Monday. */
    record NthMonday(int month, int nth, String name) implements HolidayRule {
        @Override
        public LocalDate nominal(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            return nth < 0
                    ? first.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
        }
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, as published by Meeus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
