package org.folkmoot.plans.internal.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a plan's timeline as a JSON array of planning.data.gov.uk {@code plan-timetable} records: every field of the
 * dataset, named as the dataset names them, dates as {@code YYYY-MM-DD}, an unknown value as an empty string (as the
 * platform's own files have it).
 */
public final class PlanTimetableJson {

    /** The dataset's fields, in the order the specification lists them. */
    public static List<String> fields() {
        throw new UnsupportedOperationException("filled in next");
    }

    /** Writes the events as a JSON array; does not close the stream. */
    public void write(List<TimetableEvent> events, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("filled in next");
    }
}
