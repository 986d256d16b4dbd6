package org.folkmoot.plans.internal.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a plan's timeline as a JSON array of planning.data.gov.uk {@code plan-timetable} records: every field of the
 * dataset, named as its specification names them (digital-land's {@code specification/dataset/plan-timetable}),
 * dates as {@code YYYY-MM-DD}, a value not known as an empty string, as the platform's own files have it.
 * {@code entity} is left empty (the platform gives entity numbers), {@code prefix} is the dataset's name,
 * {@code event-date} is the predicted date (the actual one for an event that was never planned ahead),
 * {@code start-date} is the actual date (the specification defaults it from {@code actual-date}) and {@code end-date}
 * is empty (the specification says it is unused).
 */
public final class PlanTimetableJson {

    /** The prefix of the dataset's records. */
    public static final String PREFIX = "plan-timetable";

    private static final JsonFactory JSON = new JsonFactory();

    /** The dataset's fields, in the order the specification lists them. */
    public static List<String> fields() {
        return List.of("plan", "plan-event", "document-url", "documentation-url", "end-date", "entity", "entry-date",
                "event-date", "predicted-date", "name", "notes", "organisation", "prefix", "reference", "actual-date",
                "start-date");
    }

    /** Writes the events as a JSON array; does not close the stream. */
    public void write(List<TimetableEvent> events, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        for (TimetableEvent e : events) {
            json.writeStartObject();
            json.writeStringField("plan", e.plan());
            json.writeStringField("plan-event", e.planEvent());
            json.writeStringField("document-url", e.documentUrl().map(URI::toString).orElse(""));
            json.writeStringField("documentation-url", e.documentationUrl().toString());
            json.writeStringField("end-date", "");
            json.writeStringField("entity", "");
            json.writeStringField("entry-date", e.entryDate().toString());
            json.writeStringField("event-date", date(e.predictedDate().or(e::actualDate)));
            json.writeStringField("predicted-date", date(e.predictedDate()));
            json.writeStringField("name", e.name());
            json.writeStringField("notes", e.notes());
            json.writeStringField("organisation", e.organisation());
            json.writeStringField("prefix", PREFIX);
            json.writeStringField("reference", e.reference());
            json.writeStringField("actual-date", date(e.actualDate()));
            json.writeStringField("start-date", date(e.actualDate()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.flush();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
