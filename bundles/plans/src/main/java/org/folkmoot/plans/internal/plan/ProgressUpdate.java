package org.folkmoot.plans.internal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** An action's status on a day, with a note and the latest values of its indicators (by indicator key). */
public record ProgressUpdate(String action, LocalDate on, ActionStatus status, String note, Map<String, BigDecimal> values,
                             String by) {
    public ProgressUpdate {
        values = values == null ? Map.of() : Map.copyOf(values);
        note = note == null ? "" : note.strip();
    }
}
