package org.folkmoot.plans.internal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PlanTimetableJsonTest {

    /** The fields of planning.data.gov.uk's plan-timetable dataset, as its specification lists them. */
    private static final List<String> DATASET_FIELDS = List.of("plan", "plan-event", "document-url", "documentation-url",
            "end-date", "entity", "entry-date", "event-date", "predicted-date", "name", "notes", "organisation", "prefix",
            "reference", "actual-date", "start-date");

    private static final URI PAGE = URI.create("https://council.example/plans/ashby-np");

    private static JsonNode write(List<TimetableEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanTimetableJson().write(events, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void everyRecordHasExactlyTheDatasetsFields() throws IOException {
        assertEquals(DATASET_FIELDS, PlanTimetableJson.fields());
        JsonNode records = write(List.of(
                new TimetableEvent("ASHBY-NP-reg14-start", "Pre-submission consultation opens (reg. 14)", "ASHBY-NP",
                        TimetableEvent.CONSULTATION_START, Optional.of(LocalDate.of(2026, 5, 1)),
                        Optional.of(LocalDate.of(2026, 5, 4)), "Opened three days late.", "local-authority:NWL", PAGE,
                        Optional.of(URI.create("https://council.example/plans/ashby-np/versions/2")), LocalDate.of(2026, 5, 4)),
                new TimetableEvent("ASHBY-NP-adopted", "Plan made", "ASHBY-NP", TimetableEvent.ADOPTED,
                        Optional.of(LocalDate.of(2027, 1, 15)), Optional.empty(), "", "local-authority:NWL", PAGE,
                        Optional.empty(), LocalDate.of(2026, 5, 4))));
        assertEquals(2, records.size());
        for (JsonNode record : records) {
            List<String> names = new ArrayList<>();
            record.fieldNames().forEachRemaining(names::add);
            assertEquals(DATASET_FIELDS, names);
        }
        JsonNode opened = records.get(0);
        assertEquals("ASHBY-NP", opened.get("plan").asText());
        assertEquals("proposed-plan-consultation-start", opened.get("plan-event").asText());
        assertEquals("2026-05-01", opened.get("event-date").asText());
        assertEquals("2026-05-01", opened.get("predicted-date").asText());
        assertEquals("2026-05-04", opened.get("actual-date").asText());
        assertEquals("2026-05-04", opened.get("start-date").asText());
        assertEquals("local-authority:NWL", opened.get("organisation").asText());
        assertEquals("plan-timetable", opened.get("prefix").asText());
        assertEquals("https://council.example/plans/ashby-np/versions/2", opened.get("document-url").asText());
        assertEquals("Opened three days late.", opened.get("notes").asText());

        JsonNode adopted = records.get(1);
        assertEquals("adopted", adopted.get("plan-event").asText());
        assertEquals("", adopted.get("actual-date").asText(), "a future event has no actual date yet");
        assertEquals("", adopted.get("document-url").asText());
        assertEquals("", adopted.get("entity").asText());
    }

    @Test
    void anEventOnlyRecordedAfterwardsHasItsDateAsTheEventDate() throws IOException {
        JsonNode record = write(List.of(new TimetableEvent("LLAN-PP-withdrawn", "Tynnwyd y cynllun yn ôl", "LLAN-PP",
                TimetableEvent.WITHDRAWN, Optional.empty(), Optional.of(LocalDate.of(2026, 9, 9)), "", "", PAGE,
                Optional.empty(), LocalDate.of(2026, 9, 10)))).get(0);
        assertEquals("2026-09-09", record.get("event-date").asText());
        assertEquals("", record.get("predicted-date").asText());
        assertEquals("Tynnwyd y cynllun yn ôl", record.get("name").asText());
    }

    @Test
    void noEventsIsAnEmptyArray() throws IOException {
        assertEquals(0, write(List.of()).size());
    }
}
