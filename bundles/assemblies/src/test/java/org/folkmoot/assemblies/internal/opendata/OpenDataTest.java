package org.folkmoot.assemblies.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Draft;
import org.folkmoot.assemblies.internal.recommendations.Harness;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.recommendations.Tally;
import org.folkmoot.assemblies.internal.recommendations.ThresholdRule;
import org.folkmoot.assemblies.internal.response.Responses;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open data, field by field: Popolo's organisation, events, motions and vote events with counts,
 * the responses and actions, and the CSV; no member's pseudonym, no author of a version, no ballot.
 */
class OpenDataTest {
    static final LocalDate DAY = LocalDate.of(2027, 2, 1);
    static final String ID = "furness-climate";
    final TestClock clock = TestClock.on(DAY);
    Harness h;
    Assembly a;
    List<String> panel;

    @BeforeEach
    void start() throws Exception {
        h = new Harness(clock, Harness.h2());
        a = new Recruitment(h.store, h.jobs).commission(Fixtures.commission(ID, DAY, 20));
        panel = h.panel(ID, 20);
        Recommendations recs = h.recommendations;
        recs.configure(ID, ThresholdRule.of("80", "NOT_COUNTED"), 3, 6, Harness.OFFICER);
        recs.draft(ID, new Draft("Buses", "Bysiau", "Run buses every 15 minutes.", "Rhedeg bysiau bob 15 munud.", "M-003", ""), "o");
        recs.revise(ID, 1, new Draft("Buses", "Bysiau", "Run buses every 10 minutes.", "Rhedeg bysiau bob 10 munud.", "M-009", "faster"));
        recs.draft(ID, new Draft("Tolls", "Tollau", "Charge to drive in.", "Codi tâl i yrru i mewn.", "M-004", ""), "o");
        recs.draft(ID, new Draft("Trees", "Coed", "Plant trees.", "Plannu coed.", "M-005", ""), "o");
        clock.set(DAY.plusDays(47));
        recs.enterCount(ID, 1, new Tally(14, 3, 2), DAY.plusDays(47), "f");
        recs.enterCount(ID, 2, new Tally(10, 6, 4), DAY.plusDays(47), "f");
        recs.openDeviceVote(ID, 3, DAY.plusDays(47), "f");
        clock.set(DAY.plusDays(60));
        h.responses.respond(ID, 1, new Responses.Answer("ACCEPTED", "Funded from 2028.", "Wedi’i ariannu o 2028.", "Transport",
                DAY.plusDays(60)), Harness.OFFICER);
        String action = h.implementation.addAction(ID, 1, "New timetable", "Amserlen newydd", "Transport");
        h.implementation.update(ID, action, new Implementation.Update(DAY.plusDays(60), "IN_PROGRESS", 50, "Consulting operators.",
                "Ymgynghori â gweithredwyr."), Harness.OFFICER);
    }

    @Test
    void popoloJsonFieldByField() throws Exception {
        String json = new ObjectMapper().writeValueAsString(PopoloExport.of(a, h.recommendations.settings(ID),
                h.implementation.tracked(ID)));
        JsonNode root = new ObjectMapper().readTree(json);

        JsonNode org = root.get("organization");
        assertEquals("assembly/furness-climate", org.get("id").asText());
        assertEquals("How should Trafford reach net zero by 2038?", org.get("name").asText());
        assertEquals("Sut dylai Trafford gyrraedd sero net erbyn 2038?", org.get("name_cy").asText());
        assertEquals("citizens' assembly", org.get("classification").asText());
        assertEquals("2027-02-01", org.get("founding_date").asText());
        assertTrue(org.get("dissolution_date").isNull(), "not closed");
        assertEquals(20, org.get("seats").asInt());
        assertEquals(a.responseDue().toString(), org.get("response_due").asText());

        assertEquals(2, root.get("events").size());
        assertEquals(DAY.plusDays(40).toString(), root.get("events").get(0).get("start_date").asText());
        assertEquals("assembly/furness-climate", root.get("events").get(1).get("organization_id").asText());

        JsonNode motions = root.get("motions");
        assertEquals(3, motions.size());
        JsonNode m1 = motions.get(0);
        assertEquals("assembly/furness-climate/recommendation/1", m1.get("id").asText());
        assertEquals("1", m1.get("identifier").asText());
        assertEquals("recommendation", m1.get("classification").asText());
        assertEquals("Run buses every 10 minutes.", m1.get("text").asText(), "the wording voted on");
        assertEquals("Rhedeg bysiau bob 10 munud.", m1.get("text_cy").asText());
        assertEquals(2, m1.get("versions").asInt());
        assertEquals(DAY.plusDays(47).toString(), m1.get("date").asText());
        assertEquals("A recommendation passes with at least 80% of votes for or against in support. Abstentions are not counted.",
                m1.get("requirement").asText());
        assertEquals("pass", m1.get("result").asText());
        assertEquals("fail", motions.get(1).get("result").asText());
        assertTrue(motions.get(2).get("result").isNull(), "members are still voting on 3");

        JsonNode votes = root.get("vote_events");
        assertEquals(2, votes.size(), "no vote event while the vote is open");
        JsonNode v1 = votes.get(0);
        assertEquals("assembly/furness-climate/recommendation/1", v1.get("motion_id").asText());
        assertEquals("count", v1.get("method").asText());
        assertEquals("pass", v1.get("result").asText());
        assertEquals("[{\"option\":\"yes\",\"value\":14},{\"option\":\"no\",\"value\":3},{\"option\":\"abstain\",\"value\":2},"
                + "{\"option\":\"absent\",\"value\":1}]", v1.get("counts").toString());
        assertEquals("80", v1.get("threshold_percent").asText());
        assertEquals("not_counted", v1.get("abstentions").asText());
        assertEquals(17, v1.get("votes_counted").asInt());
        assertEquals(14, v1.get("votes_needed").asInt(), "80% of 17 is 13.6");
        assertEquals(0, v1.get("margin").asInt());
        assertEquals("82.4", v1.get("support_percent").asText());
        assertEquals(-3, votes.get(1).get("margin").asInt(), "10 of 16 against 13 needed");

        JsonNode response = root.get("responses").get(0);
        assertEquals("assembly/furness-climate/recommendation/1", response.get("motion_id").asText());
        assertEquals("accepted", response.get("decision").asText());
        assertEquals("Funded from 2028.", response.get("reasons").asText());
        assertEquals("Wedi’i ariannu o 2028.", response.get("reasons_cy").asText());
        assertEquals("Transport", response.get("service").asText());
        assertEquals(DAY.plusDays(60).toString(), response.get("date").asText());
        assertEquals(a.responseDue().toString(), response.get("due_date").asText());

        JsonNode action = root.get("actions").get(0);
        assertEquals("in_progress", action.get("status").asText());
        assertEquals(50, action.get("progress").asInt());
        assertEquals("Consulting operators.", action.get("updates").get(0).get("note").asText());
        assertNoMember(json);
    }

    @Test
    void csvFieldByField() throws Exception {
        String csv = OpenDataCsv.recommendations(a, h.implementation.tracked(ID));
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark for Excel");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(OpenDataCsv.RECOMMENDATIONS, rows.get(0).getParser().getHeaderNames());
        CSVRecord r1 = rows.get(0);
        assertEquals("1", r1.get("number"));
        assertEquals("Bysiau", r1.get("title_cy"));
        assertEquals("2", r1.get("versions"));
        assertEquals("count", r1.get("vote_method"));
        assertEquals(List.of("14", "3", "2", "1", "20"), List.of(r1.get("in_favour"), r1.get("against"), r1.get("abstain"),
                r1.get("absent"), r1.get("membership")));
        assertEquals("80", r1.get("threshold_percent"));
        assertEquals("not_counted", r1.get("abstentions"));
        assertEquals("82.4", r1.get("support_percent"));
        assertEquals("pass", r1.get("result"));
        assertEquals("accepted", r1.get("decision"));
        assertEquals("Transport", r1.get("service"));
        assertEquals("in_progress", r1.get("progress"));
        assertEquals("1", r1.get("actions"));
        assertEquals("0", r1.get("actions_done"));
        assertEquals("fail", rows.get(1).get("result"));
        assertEquals("-3", rows.get(1).get("margin"));
        assertEquals("", rows.get(1).get("decision"));
        assertEquals("", rows.get(1).get("response_due"), "nothing to respond to");
        assertEquals("", rows.get(2).get("in_favour"), "counts of an open vote are not published");
        String actions = OpenDataCsv.actions(h.implementation.tracked(ID));
        assertTrue(actions.contains("New timetable,Amserlen newydd,Transport,in_progress,50," + DAY.plusDays(60)), actions);
        assertNoMember(csv + actions);
    }

    private void assertNoMember(String published) {
        for (String member : panel) {
            assertFalse(published.contains(member), member + " is published");
        }
        assertFalse(published.contains("M-0"), "no pseudonym of a member, not even as a version's author");
    }
}
