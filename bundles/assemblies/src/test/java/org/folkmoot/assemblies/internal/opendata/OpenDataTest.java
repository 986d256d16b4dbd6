package org.folkmoot.assemblies.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.EvidenceCheck;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;
import org.folkmoot.assemblies.internal.evidence.Submissions;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Draft;
import org.folkmoot.assemblies.internal.recommendations.Harness;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.recommendations.Tally;
import org.folkmoot.assemblies.internal.recommendations.ThresholdRule;
import org.folkmoot.assemblies.internal.response.Responses;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.folkmoot.assemblies.internal.sessions.SessionCheck;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.files.JdbcAttachments;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open data, field by field: Popolo's organisation, events (the sessions), motions and vote
 * events with counts, the evidence, the submissions passed to members, the responses and actions,
 * and the five CSV files; no member's pseudonym, no author of a version, no ballot, no submitter,
 * no officer's account. On H2; on PostgreSQL in {@link PostgresOpenDataTest}.
 */
class OpenDataTest {
    static final String OFFICER_ACCOUNT = "officer-who-passed-it";
    static final String RESIDENT_ACCOUNT = "resident-account-7";
    static final String RESIDENT_PSEUDONYM = "u-residentpseudonymabcdefgh";
    static final LocalDate DAY = LocalDate.of(2027, 2, 1);
    static final String ID = "furness-climate";
    final TestClock clock = TestClock.on(DAY);
    Harness h;
    Assembly a;
    List<String> panel;
    Proceedings proceedings;
    Submissions submissions;
    Attachment slides;

    /** H2 with the platform's and the module's tables, the sessions-and-evidence part's too. */
    DataSource database() throws Exception {
        DataSource ds = Harness.h2();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V3__sessions_evidence.sql'");
        }
        return ds;
    }

    @BeforeEach
    void start() throws Exception {
        h = new Harness(clock, database());
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
        hearings();
    }

    /**
     * The first session published (the second is only a day in the commission), two speakers, one
     * with slides and a member's question; three submissions: an organisation's and a resident's
     * passed to members, another resident's not.
     */
    private void hearings() throws Exception {
        Recruitment recruitment = new Recruitment(h.store, h.jobs);
        JdbcAuditLog audit = new JdbcAuditLog(h.ds, clock);
        JdbcAttachments files = new JdbcAttachments(h.ds, audit, clock, module -> 1L << 20);
        JdbcContributionArchive archive = new JdbcContributionArchive(h.ds, audit, clock);
        ResidentsVoice voice = new ResidentsVoice(archive, u -> u.id().equals(RESIDENT_ACCOUNT) ? RESIDENT_PSEUDONYM
                : "u-otherpseudonymabcdefghijk", new UkRedactor());
        proceedings = new Proceedings(recruitment, new JdbcTransactions(h.ds), files);
        submissions = new Submissions(proceedings, voice, archive, files);
        LocalDate first = a.sessions().get(0);
        proceedings.saveSession(ID, new SessionCheck.Draft(first.toString(), "10:00", "16:30", "Learning", "Dysgu", "Sale Town Hall",
                "Neuadd y Dref Sale", "https://meet.example.org/furness", List.of("Welcome", "Evidence on buses"),
                List.of("Croeso", "Tystiolaeth am fysiau"), List.of("Priya Example (Involve)"), List.of("https://video.example.org/1")));
        proceedings.addEvidence(ID, new EvidenceCheck.Draft(first.toString(), "Dr Ada Example", "Furness University", "",
                "Buses in towns", "Bysiau mewn trefi", "What works.", "Beth sy’n gweithio.", "https://video.example.org/ada"));
        proceedings.addEvidence(ID, new EvidenceCheck.Draft(null, "Sam Example", "Bus Operators’ Association",
                "Paid by bus operators", "Running buses", "Rhedeg bysiau", "Costs.", "Costau.", ""));
        slides = proceedings.attach(ID, 1, "slides.pdf", pdf(), new FolkmootUser(Harness.OFFICER, "Gwen Officer",
                Set.of("assemblies.officer"), "test", "").actor());
        proceedings.ask(ID, 1, new EvidenceCheck.Question("cy", "Faint mae’n ei gostio?", "Tua £2m y flwyddyn."));
        FolkmootUser resident = new FolkmootUser(RESIDENT_ACCOUNT, "Rhiannon Resident", Set.of("resident"), "test", "");
        var fromOrganisation = submissions.submit(ID, resident, new ResidentsVoice.Writing("Our members ride the 22 every day.", "en",
                "Furness Bus Users"), null);
        var fromResident = submissions.submit(ID, resident, new ResidentsVoice.Writing("Mae angen bws yn hwyr y nos.", "cy", ""), null);
        submissions.submit(ID, resident, new ResidentsVoice.Writing("Not passed yet.", "en", ""), null);
        submissions.markPassed(ID, fromOrganisation.id(), OFFICER_ACCOUNT);
        clock.set(DAY.plusDays(61));
        submissions.markPassed(ID, fromResident.id(), OFFICER_ACCOUNT);
    }

    private static InputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private PublicRecord heard() {
        return PublicRecord.of(ID, proceedings, submissions);
    }

    @Test
    void popoloJsonFieldByField() throws Exception {
        String json = new ObjectMapper().writeValueAsString(PopoloExport.of(a, h.recommendations.settings(ID),
                h.implementation.tracked(ID), heard()));
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

        JsonNode events = root.get("events");
        assertEquals(2, events.size(), "one event per day of the commission");
        LocalDate first = a.sessions().get(0);
        JsonNode s1 = events.get(0);
        assertEquals("assembly/furness-climate/session/" + first, s1.get("id").asText());
        assertEquals("Learning", s1.get("name").asText());
        assertEquals("Dysgu", s1.get("name_cy").asText());
        assertEquals("session", s1.get("classification").asText());
        assertEquals(first + "T10:00", s1.get("start_date").asText());
        assertEquals(first + "T16:30", s1.get("end_date").asText());
        assertTrue(s1.get("published").asBoolean());
        assertEquals("Sale Town Hall", s1.get("location").asText());
        assertEquals("Neuadd y Dref Sale", s1.get("location_cy").asText());
        assertEquals("https://meet.example.org/furness", s1.get("online_link").asText());
        assertEquals("[\"Welcome\",\"Evidence on buses\"]", s1.get("agenda").toString());
        assertEquals("[\"Croeso\",\"Tystiolaeth am fysiau\"]", s1.get("agenda_cy").toString());
        assertEquals("[\"Priya Example (Involve)\"]", s1.get("facilitators").toString());
        assertEquals("[\"https://video.example.org/1\"]", s1.get("recordings").toString());
        assertEquals("/assemblies/furness-climate/sessions#session-" + first, s1.get("links").get(0).get("url").asText());
        JsonNode s2 = events.get(1);
        assertEquals(a.sessions().get(1).toString(), s2.get("start_date").asText(), "a day not yet published: the day only");
        assertEquals("Session 2", s2.get("name").asText());
        assertEquals("Sesiwn 2", s2.get("name_cy").asText());
        assertFalse(s2.get("published").asBoolean());
        assertTrue(s2.get("end_date").isNull());
        assertTrue(s2.get("location").isNull());
        assertEquals(0, s2.get("agenda").size());
        assertEquals("assembly/furness-climate", s2.get("organization_id").asText());

        JsonNode evidence = root.get("evidence");
        assertEquals(2, evidence.size());
        JsonNode e1 = evidence.get(0);
        assertEquals("assembly/furness-climate/evidence/1", e1.get("id").asText());
        assertEquals("1", e1.get("identifier").asText());
        assertEquals("assembly/furness-climate/session/" + first, e1.get("event_id").asText(), "heard at the first session");
        assertEquals("Dr Ada Example", e1.get("speaker").asText());
        assertEquals("Furness University", e1.get("speaker_organization").asText());
        assertTrue(e1.get("declared_interests").isNull(), "none declared");
        assertEquals("Buses in towns", e1.get("title").asText());
        assertEquals("Bysiau mewn trefi", e1.get("title_cy").asText());
        assertEquals("What works.", e1.get("summary").asText());
        assertEquals("Beth sy’n gweithio.", e1.get("summary_cy").asText());
        assertEquals("https://video.example.org/ada", e1.get("video").asText());
        JsonNode file = e1.get("files").get(0);
        assertEquals("slides.pdf", file.get("filename").asText());
        assertEquals("application/pdf", file.get("media_type").asText());
        assertEquals(slides.size(), file.get("size").asLong());
        assertEquals(slides.sha256(), file.get("sha256").asText());
        assertEquals("/api/files/" + slides.id(), file.get("url").asText());
        assertEquals("[{\"language\":\"cy\",\"question\":\"Faint mae’n ei gostio?\",\"answer\":\"Tua £2m y flwyddyn.\"}]",
                e1.get("questions").toString());
        JsonNode e2 = evidence.get(1);
        assertTrue(e2.get("event_id").isNull());
        assertEquals("Paid by bus operators", e2.get("declared_interests").asText());
        assertTrue(e2.get("video").isNull());
        assertEquals(0, e2.get("files").size());

        JsonNode submitted = root.get("submissions");
        assertEquals(3, submitted.get("received").asInt());
        assertEquals(2, submitted.get("passed_to_members").asInt());
        assertEquals(1, submitted.get("passed_from_residents").asInt());
        assertEquals(1, submitted.get("passed_from_organizations").asInt());
        assertEquals("[{\"organization\":\"Furness Bus Users\",\"language\":\"en\",\"passed_on\":\"" + DAY.plusDays(60) + "\"}]",
                submitted.get("organizations_passed").toString(), "the organisation's name and the day; not its text, not who passed it");

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
        assertFalse(json.contains(submissions.of(ID, false).get(0).submission().id()), "no contribution id to follow to its author");
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

    @Test
    void sessionsEvidenceAndSubmissionsCsvFieldByField() throws Exception {
        LocalDate first = a.sessions().get(0);
        String sessionsCsv = OpenDataCsv.sessions(a, heard());
        List<CSVRecord> sessions = parse(sessionsCsv, OpenDataCsv.SESSIONS);
        assertEquals(2, sessions.size(), "one row per day of the commission");
        CSVRecord s1 = sessions.get(0);
        assertEquals(List.of("1", first.toString(), "yes", "10:00", "16:30", "Learning", "Dysgu", "Sale Town Hall", "Neuadd y Dref Sale",
                "https://meet.example.org/furness", "Welcome | Evidence on buses", "Croeso | Tystiolaeth am fysiau",
                "Priya Example (Involve)", "https://video.example.org/1", "1"), s1.toList());
        assertEquals(List.of("2", a.sessions().get(1).toString(), "no", "", "", "", "", "", "", "", "", "", "", "", "0"),
                sessions.get(1).toList());

        String evidenceCsv = OpenDataCsv.evidence(heard());
        List<CSVRecord> evidence = parse(evidenceCsv, OpenDataCsv.EVIDENCE);
        assertEquals(2, evidence.size());
        assertEquals(List.of("1", first.toString(), "Dr Ada Example", "Furness University", "", "Buses in towns", "Bysiau mewn trefi",
                "What works.", "Beth sy’n gweithio.", "https://video.example.org/ada", "/api/files/" + slides.id(), "1",
                "Q: Faint mae’n ei gostio? A: Tua £2m y flwyddyn."), evidence.get(0).toList());
        CSVRecord e2 = evidence.get(1);
        assertEquals("", e2.get("session_date"));
        assertEquals("Bus Operators’ Association", e2.get("organisation"));
        assertEquals("Paid by bus operators", e2.get("declared_interests"));
        assertEquals("", e2.get("files"));
        assertEquals("0", e2.get("questions"));

        String submissionsCsv = OpenDataCsv.submissions(heard());
        List<CSVRecord> passed = parse(submissionsCsv, OpenDataCsv.SUBMISSIONS);
        assertEquals(List.of(List.of("organisation", "Furness Bus Users", "en", DAY.plusDays(60).toString()),
                List.of("resident", "", "cy", DAY.plusDays(61).toString())), passed.stream().map(CSVRecord::toList).toList(),
                "the two passed, in the order they were passed; the third is not");
        assertNoMember(sessionsCsv + evidenceCsv + submissionsCsv);
    }

    @Test
    void anAssemblyThatHasHeardNothingHasEmptyListsAndHeaders() throws Exception {
        PublicRecord none = PublicRecord.none();
        JsonNode root = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(PopoloExport.of(a,
                h.recommendations.settings(ID), h.implementation.tracked(ID), none)));
        assertEquals(0, root.get("evidence").size());
        assertEquals(0, root.get("submissions").get("received").asInt());
        assertFalse(root.get("events").get(0).get("published").asBoolean());
        assertEquals(0, parse(OpenDataCsv.evidence(none), OpenDataCsv.EVIDENCE).size());
        assertEquals(0, parse(OpenDataCsv.submissions(none), OpenDataCsv.SUBMISSIONS).size());
        assertEquals(2, parse(OpenDataCsv.sessions(a, none), OpenDataCsv.SESSIONS).size(), "the commission's days, not yet published");
    }

    private static List<CSVRecord> parse(String csv, List<String> header) throws Exception {
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark for Excel");
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1)));
        assertEquals(header, parser.getHeaderNames());
        return parser.getRecords();
    }

    private void assertNoMember(String published) {
        for (String member : panel) {
            assertFalse(published.contains(member), member + " is published");
        }
        assertFalse(published.contains("M-0"), "no pseudonym of a member, not even as a version's author");
        for (String someone : List.of(RESIDENT_PSEUDONYM, RESIDENT_ACCOUNT, "Rhiannon Resident", OFFICER_ACCOUNT, Harness.OFFICER,
                "Gwen Officer", "Not passed yet", "ride the 22")) {
            assertFalse(published.contains(someone), someone + " is published");
        }
    }
}
