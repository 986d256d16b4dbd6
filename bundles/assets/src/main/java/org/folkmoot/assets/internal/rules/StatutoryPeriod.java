package org.folkmoot.assets.internal.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;

/**
 * One period a statute sets, such as "20 working days beginning with the date of the decision
 * notice" or "6 months after" the validation date.
 *
 * <p>Calendar months and years follow the corresponding-date rule (Dodds v Walker [1981] 1 WLR
 * 1027). "After" a date: the period ends on the day with the same number n months later, or on
 * the last day of that month where it has no such day (31 August + 6 months = 28 or 29 February).
 * "Beginning with" a date (the trigger day counts): the period ends the day before the
 * corresponding date; where the month has no corresponding day the period ends on that month's
 * last day (see the report: the courts have not, to our knowledge, settled this month-end case
 * for "beginning with"; the earlier reading is one day sooner, 27 February).
 *
 * @param key      stable name used by the case logic, e.g. {@code decision}
 * @param amount   how many units
 * @param unit     what is counted
 * @param citation where the period comes from, shown to officers beside the deadline
 * @param note     a caveat (for example where the drafting is uncertain), may be empty
 */
public record StatutoryPeriod(String key, int amount, PeriodUnit unit, Counting counting, String citation, String note) {
    public StatutoryPeriod {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(counting, "counting");
        if (amount < 1) {
            throw new IllegalArgumentException("period " + key + " must be at least 1 " + unit);
        }
        citation = citation == null ? "" : citation.strip();
        note = note == null ? "" : note.strip();
    }

    /** The last day of this period when it begins with {@code trigger} (the deadline, inclusive). */
    public LocalDate lastDay(LocalDate trigger, WorkingDayCalendar calendar) {
        if (counting == Counting.AFTER) {
            return switch (unit) {
                case DAYS -> trigger.plusDays(amount);
                case WEEKS -> trigger.plusWeeks(amount);
                case MONTHS -> trigger.plusMonths(amount); // clamps to the month's last day: Dodds v Walker
                case YEARS -> trigger.plusYears(amount);
                case WORKING_DAYS -> calendar.endOfWorkingDaysBeginningWith(trigger.plusDays(1), amount);
            };
        }
        return switch (unit) {
            case DAYS -> trigger.plusDays(amount - 1L);
            case WEEKS -> trigger.plusWeeks(amount).minusDays(1);
            case MONTHS -> monthsBeginningWith(trigger, amount);
            case YEARS -> monthsBeginningWith(trigger, 12 * amount);
            case WORKING_DAYS -> calendar.endOfWorkingDaysBeginningWith(trigger, amount);
        };
    }

    /** "3 months", "20 working days": how the period reads to a person. */
    public String describe() {
        String u = switch (unit) {
            case DAYS -> "day";
            case WEEKS -> "week";
            case MONTHS -> "month";
            case YEARS -> "year";
            case WORKING_DAYS -> "working day";
        };
        return amount + " " + u + (amount == 1 ? "" : "s")
                + (counting == Counting.AFTER ? " after" : " beginning with");
    }

    static LocalDate monthsBeginningWith(LocalDate start, int months) {
        LocalDate corresponding = start.plusMonths(months); // java.time clamps a missing day to the month's last day
        boolean noCorrespondingDay = corresponding.getDayOfMonth() != start.getDayOfMonth();
        return noCorrespondingDay ? corresponding : corresponding.minusDays(1);
    }
}
