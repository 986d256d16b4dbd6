package org.folkmoot.assets.internal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days for one bank-holiday region: every day except Saturdays, Sundays and the
 * region's bank holidays, where the bundled holidays can be overridden by the council's own
 * edits (a council's {@code add} or {@code remove} always wins over the bundled data).
 *
 * <p>Periods are counted the way the statutes here word them, "the period of N working days
 * beginning with" a date: that date is day 1 if it is a working day; otherwise day 1 is the next
 * working day.
 */
public final class WorkingDayCalendar {
    private static final int MAX_SEARCH_DAYS = 366 * 5;

    private final CalendarRegion region;
    private final HolidaySchedule bundled;
    private final HolidaySchedule councilEdits;
    private final Map<Integer, NavigableMap<LocalDate, BankHoliday>> byYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(CalendarRegion region, HolidaySchedule bundled, HolidaySchedule councilEdits) {
        this.region = region;
        this.bundled = bundled;
        this.councilEdits = councilEdits == null ? HolidaySchedule.EMPTY : councilEdits;
    }

    /** The bundled calendar for {@code region}, without council edits. */
    public static WorkingDayCalendar bundled(CalendarRegion region) {
        return new WorkingDayCalendar(region, loadBundled(region), HolidaySchedule.EMPTY);
    }

    /** The bundled calendar for {@code region} with the council's edits on top. */
    public static WorkingDayCalendar withEdits(CalendarRegion region, HolidaySchedule councilEdits) {
        return new WorkingDayCalendar(region, loadBundled(region), councilEdits);
    }

    public static HolidaySchedule loadBundled(CalendarRegion region) {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(region.resourceName())) {
            if (in == null) {
                throw new IllegalStateException("bundled holiday file missing: " + region.resourceName());
            }
            return HolidaySchedule.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CalendarRegion region() {
        return region;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidaysOf(date.getYear()).containsKey(date);
    }

    public Optional<BankHoliday> holiday(LocalDate date) {
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    /** The bank holidays of {@code year} in date order. */
    public List<BankHoliday> holidays(int year) {
        return List.copyOf(holidaysOf(year).values());
    }

    /**
     * The last day of the period of {@code n} working days beginning with {@code start}.
     * With n = 1 this is {@code start} itself when it is a working day.
     */
    public LocalDate endOfWorkingDaysBeginningWith(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period has at least one working day, not " + n);
        }
        LocalDate d = start;
        int counted = 0;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d) && ++counted == n) {
                return d;
            }
        }
        throw new IllegalStateException("no " + n + " working days within five years of " + start);
    }

    /** The first working day on or after {@code date}. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return endOfWorkingDaysBeginningWith(date, 1);
    }

    /** Working days from {@code from} to {@code to}, both included (0 if to is before from). */
    public int workingDaysBetweenInclusive(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private NavigableMap<LocalDate, BankHoliday> holidaysOf(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private NavigableMap<LocalDate, BankHoliday> compute(int year) {
        TreeMap<LocalDate, BankHoliday> days = new TreeMap<>();
        List<HolidayRule> rules = new ArrayList<>(bundled.rules());
        rules.addAll(councilEdits.rules());
        List<HolidayRule> toSubstitute = new ArrayList<>();
        for (HolidayRule rule : rules) {
            LocalDate d = rule.nominal(year);
            if (rule.substitutes() && isWeekend(d)) {
                toSubstitute.add(rule);
            } else {
                days.putIfAbsent(d, new BankHoliday(d, rule.name()));
            }
        }
        // A weekend holiday moves to the next weekday that is not already a holiday, in date order:
        // in Scotland 1 Jan on a Saturday and 2 Jan on a Sunday become Monday 3 and Tuesday 4 Jan.
        toSubstitute.sort((a, b) -> a.nominal(year).compareTo(b.nominal(year)));
        for (HolidayRule rule : toSubstitute) {
            LocalDate d = rule.nominal(year);
            while (isWeekend(d) || days.containsKey(d)) {
                d = d.plusDays(1);
            }
            days.put(d, new BankHoliday(d, rule.name() + " (substitute day)"));
        }
        apply(year, bundled, days);
        apply(year, councilEdits, days);
        // a substitute day can spill into the next year (31 Dec is never a fixed holiday here, but be safe)
        days.keySet().removeIf(d -> d.getYear() != year);
        return days;
    }

    private static void apply(int year, HolidaySchedule schedule, TreeMap<LocalDate, BankHoliday> days) {
        schedule.removals().keySet().stream().filter(d -> d.getYear() == year).forEach(days::remove);
        schedule.additions().forEach((d, name) -> {
            if (d.getYear() == year) {
                days.put(d, new BankHoliday(d, name));
            }
        });
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
