package org.folkmoot.plans.internal.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.folkmoot.api.web.DateInput;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A posted form read for the officers' pages: each field stripped, and dates from the page kit's
 * three boxes ({@code <name>-day}, {@code -month}, {@code -year}), with the error under the part
 * that is wrong, keyed as the kit's error summary links it.
 */
final class FormFields {
    private final Map<String, String> values = new HashMap<>();

    FormFields(MultivaluedMap<String, String> form) {
        form.forEach((k, v) -> values.put(k, v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip()));
    }

    String get(String name) {
        return values.getOrDefault(name, "");
    }

    Map<String, String> all() {
        return values;
    }

    /** The date in boxes {@code name-day/-month/-year}, or null with an error under {@code id}'s part. */
    LocalDate date(String name, String id, Map<String, String> errors) {
        String day = get(name + "-day");
        String month = get(name + "-month");
        String year = get(name + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.put(id + "-day", "plans.form.error.date.missing");
            return null;
        }
        for (String[] part : new String[][] {{"day", day, "2"}, {"month", month, "2"}, {"year", year, "4"}}) {
            if (!part[1].matches("\\d{1," + part[2] + "}")) {
                errors.put(id + "-" + part[0], "plans.form.error.date." + part[0]);
                return null;
            }
        }
        try {
            return DateInput.within(id, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | IllegalArgumentException e) {
            errors.put(id + "-day", "plans.form.error.date.real");
            return null;
        }
    }

    /** A whole number, or null with an error under {@code id}. */
    Integer number(String name, String id, Map<String, String> errors) {
        try {
            return Integer.valueOf(get(name));
        } catch (NumberFormatException e) {
            errors.put(id, "plans.form.error.choose");
            return null;
        }
    }
}
