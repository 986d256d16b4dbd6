package org.folkmoot.plans.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.folkmoot.plans.internal.plan.ActionStatus;

/**
 * A progress update as an officer's form sends it, on the officers' page or an action's own page:
 * the status, the day (the kit's date boxes), a note, and the latest value of each indicator
 * ({@code value-<indicator key>}; an empty box is no value). Errors are keyed by the form's field
 * ids under {@code prefix} as message keys.
 */
record ProgressForm(ActionStatus status, LocalDate on, String note, Map<String, BigDecimal> values) {
    static final String VALUE = "value-";

    static ProgressForm read(FormFields f, String prefix, Map<String, String> errors) {
        ActionStatus status = null;
        try {
            status = ActionStatus.valueOf(f.get("status"));
        } catch (IllegalArgumentException e) {
            errors.put(prefix + "status", "plans.form.error.choose");
        }
        LocalDate on = f.date("on", prefix + "on", errors);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        f.all().forEach((name, text) -> {
            if (name.startsWith(VALUE) && !text.isEmpty()) {
                try {
                    values.put(name.substring(VALUE.length()), new BigDecimal(text.replace(",", "")));
                } catch (NumberFormatException e) {
                    errors.put(prefix + name, "plans.section.error.number");
                }
            }
        });
        return new ProgressForm(status, on, f.get("note"), values);
    }
}
