package org.folkmoot.assets.internal.cases;

import java.time.LocalDate;

/**
 * A date by which something must (or may last) happen on a case.
 *
 * @param caseId   the case
 * @param key      stable name, e.g. {@code decision}
 * @param label    what happens by then, for people
 * @param lastDay  the last day on which it can be done (inclusive)
 * @param owedBy   who must act
 * @param basis    the statutory basis or the council's target
 * @param statutory false for a council's own target (non-statutory pipelines)
 */
public record Deadline(String caseId, String key, String label, LocalDate lastDay, Party owedBy, String basis,
                       boolean statutory) {

    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(lastDay);
    }
}
