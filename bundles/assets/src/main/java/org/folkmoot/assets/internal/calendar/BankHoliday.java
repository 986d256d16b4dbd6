package org.folkmoot.assets.internal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day on which the council's offices count as closed for the purpose of working days. */
public record BankHoliday(LocalDate date, String name) implements Comparable<BankHoliday> {
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        name = name == null || name.isBlank() ? "Bank holiday" : name.strip();
    }

    @Override
    public int compareTo(BankHoliday o) {
        return date.compareTo(o.date);
    }
}
