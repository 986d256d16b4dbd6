package org.folkmoot.assets.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One entry of a case's timeline and audit trail.
 *
 * @param sequence     1, 2, 3 ... within the case
 * @param recordedAt   when it was recorded (the injected clock)
 * @param type         what happened, e.g. {@code validated}, {@code decision-period-extended}
 * @param fromState    the state before, or the same as {@code toState} for an event that changes none
 * @param toState      the state after
 * @param effectiveDate the legal date of the step, given by the officer
 * @param actor        who recorded it
 * @param detail       a human-readable summary (dates, reasons, notes)
 * @param args         the step's arguments by name (the officer's note under {@code note}), enough
 *                     to rebuild the case by replaying its steps ({@link CaseReplay})
 */
public record CaseEvent(int sequence, Instant recordedAt, String type, String fromState, String toState,
                        LocalDate effectiveDate, String actor, String detail, Map<String, String> args) {
    public CaseEvent {
        args = args == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(args));
    }

    /** An argument, or empty. */
    public Optional<String> arg(String name) {
        return Optional.ofNullable(args.get(name)).filter(v -> !v.isEmpty());
    }
}
