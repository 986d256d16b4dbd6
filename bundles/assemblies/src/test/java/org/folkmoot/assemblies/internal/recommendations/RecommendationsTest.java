package org.folkmoot.assemblies.internal.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import javax.sql.DataSource;

import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.implementation.Progress;
import org.folkmoot.assemblies.internal.implementation.ReportReminders;
import org.folkmoot.assemblies.internal.response.ResponseDeadline;
import org.folkmoot.assemblies.internal.response.Responses;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An assembly from its first drafts to a tracked implementation, on the platform's real jobs and
 * mail outbox with a test clock: versions and their comparison, votes counted and cast on devices
 * with one-time codes, the rule deciding, the council's responses (one late, and the overdue
 * e-mail), actions with dated updates, the progress report reminder, the roll-up in English and
 * Welsh, closing the record; and bad input refused with nothing written.
 */
class RecommendationsTest {
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final LocalDate ANNOUNCED = LocalDate.of(2027, 2, 1);
    static final String ID = "kendal-climate";

    final TestClock clock = TestClock.on(ANNOUNCED);
    Harness h;
    Recommendations recs;
    Assembly assembly;
    List<String> panel;

    /** H2 here; a real PostgreSQL in the subclass. */
    DataSource database() throws Exception {
        return Harness.h2();
    }

    @BeforeEach
    void start() throws Exception {
        h = new Harness(clock, database());
        recs = h.recommendations;
        // a jury of 20, as Kendal's (sessions on days 40 and 47, the council responds within 120 days)
        assembly = new Recruitment(h.store, h.jobs).commission(Fixtures.commission(ID, ANNOUNCED, 20));
        panel = h.panel(ID, 20);
        recs.configure(ID, ThresholdRule.of("75", "COUNTED"), null, null, Harness.OFFICER);
    }

    static Draft draft(String en, String by) {
        return new Draft("Home insulation", "Inswleiddio cartrefi", en, "Dylai’r cyngor inswleiddio pob cartref cyngor erbyn 2030.", by, "");
    }

    @Test
    void fromDraftsToATrackedImplementation() throws Exception {
        // drafting: members' versions are kept, with who wrote each and a word-by-word comparison
        int r1 = recs.draft(ID, draft("The council should insulate every council home by 2030.", "M-001"), "facilitator-1");
        assertEquals(2, recs.revise(ID, r1, new Draft("Home insulation", "Inswleiddio cartrefi",
                "The council must insulate every council home by 2028.", "Dylai’r cyngor inswleiddio pob cartref cyngor erbyn 2028.",
                "facilitator-1", "Table 3 asked for a firmer date")));
        Recommendation one = recs.recommendation(ID, r1);
        assertEquals(List.of("M-001", "facilitator-1"), one.versions().stream().map(RecommendationVersion::changedBy).toList());
        List<WordingComparison.Piece> diff = recs.compare(ID, r1, 1, 2, "en");
        assertTrue(diff.contains(new WordingComparison.Piece(WordingComparison.Change.REMOVED, "should")), diff.toString());
        assertTrue(diff.contains(new WordingComparison.Piece(WordingComparison.Change.ADDED, "must")), diff.toString());
        assertTrue(diff.contains(new WordingComparison.Piece(WordingComparison.Change.ADDED, "2028")), diff.toString());
        assertTrue(recs.compare(ID, r1, 1, 2, "cy").stream().anyMatch(p -> p.text().equals("2028")));
        int r2 = recs.draft(ID, draft("Close the town centre to through traffic.", "M-004"), "facilitator-1");
        int r3 = recs.draft(ID, draft("Plant a tree for every resident.", "M-007"), "facilitator-1");

        // the second session: a count from paper ballots, and a vote on members' devices
        clock.set(ANNOUNCED.plusDays(47));
        LocalDate session = ANNOUNCED.plusDays(47);
        Vote v1 = recs.enterCount(ID, r1, new Tally(16, 3, 1), session, "facilitator-1");
        assertTrue(v1.result().passed(), "16 of 20 is 80%");
        assertEquals(1, v1.result().margin());
        Vote v2 = recs.enterCount(ID, r2, new Tally(14, 5, 1), session, "facilitator-1");
        assertFalse(v2.result().passed(), "14 of 20 is 70%");
        assertEquals(-1, v2.result().margin());

        List<Recommendations.IssuedCode> codes = recs.openDeviceVote(ID, r3, session, "facilitator-1");
        assertEquals(panel, codes.stream().map(Recommendations.IssuedCode::member).toList(), "one code per member");
        assertEquals(20, new HashSet<>(codes.stream().map(Recommendations.IssuedCode::code).toList()).size(), "all different");
        for (int i = 0; i < 20; i++) {
            String choice = i < 15 ? "FOR" : i < 19 ? "AGAINST" : "ABSTAIN";
            // typed as people type: lower case, no hyphen
            assertEquals(r3, recs.cast(ID, codes.get(i).code().toLowerCase().replace("-", ""), choice, "venue-wifi"));
        }
        assertEquals(409, assertThrows(Refused.class, () -> recs.cast(ID, codes.get(0).code(), "AGAINST", "venue-wifi")).status(),
                "a code votes once");
        assertEquals("code", assertThrows(Refused.class, () -> recs.cast(ID, "AAAAA-AAAAA", "FOR", "venue-wifi"))
                .errors().keySet().iterator().next());
        assertEquals(20, recs.turnout(ID, r3));
        assertTrue(recs.recommendation(ID, r3).vote().orElseThrow().open());
        Vote v3 = recs.closeDeviceVote(ID, r3);
        assertEquals(new Tally(15, 4, 1), v3.tally());
        assertTrue(v3.result().passed(), "exactly 75%");
        assertEquals(0, v3.result().margin());
        assertEquals(v3.tally(), h.recommendations.transactions().inTransaction(c -> recs.store().recount(c, ID, r3)),
                "the ballots, kept without their members, add up to the published counts");
        assertEquals(409, assertThrows(Refused.class, () -> recs.cast(ID, codes.get(1).code(), "FOR", "x")).status());
        assertNoBallotNamesAMember();

        // the wording voted on is fixed; a vote is entered once
        assertEquals(409, assertThrows(Refused.class, () -> recs.revise(ID, r1, draft("Something else.", "M-002"))).status());
        assertEquals(409, assertThrows(Refused.class, () -> recs.enterCount(ID, r1, new Tally(1, 1, 1), session, "f")).status());

        // the council responds to what passed (not to what failed); one response comes late
        Responses responses = h.responses;
        clock.set(session.plusDays(30));
        assertEquals(409, assertThrows(Refused.class, () -> responses.respond(ID, r2, accepted(session.plusDays(10)), "o")).status());
        responses.respond(ID, r1, accepted(session.plusDays(30)), Harness.OFFICER);
        assertEquals(List.of(), responses.overdue(ID), "not overdue before the committed date");
        JobStatus overdueJob = h.jobs.job(ResponseDeadline.JOB, ID + "/" + assembly.responseDue()).orElseThrow();
        assertEquals(assembly.responseDue().plusDays(1).atTime(9, 0).atZone(UK).toInstant(), overdueJob.dueAt());

        clock.set(assembly.responseDue().plusDays(1).atTime(8, 59).atZone(UK).toInstant());
        assertEquals(0, h.runner.runDue(), "not before 09:00 the day after");
        clock.set(assembly.responseDue().plusDays(1).atTime(9, 0).atZone(UK).toInstant());
        assertEquals(1, h.runner.runDue());
        List<String[]> mail = h.outbox();
        assertEquals(1, mail.size());
        assertEquals("gwen@council.example", mail.get(0)[0]);
        assertEquals("cy", mail.get(0)[1], "in the officer's language");
        assertTrue(mail.get(0)[2].startsWith("Hwyr: ymateb y cyngor i 1 o argymhellion"), mail.get(0)[2]);
        assertTrue(mail.get(0)[3].contains(": 3."), "names recommendation 3: " + mail.get(0)[3]);
        assertEquals(List.of(r3), responses.overdue(ID));
        Implementation.Tracked late = h.implementation.tracked(ID);
        assertEquals(1, late.rollUp().overdue());
        assertEquals("1 of 2 recommendations accepted; 0 in progress, 0 done", late.rollUp().describe("en"));

        LocalDate answered = assembly.responseDue().plusDays(5);
        clock.set(answered);
        responses.respond(ID, r3, new Responses.Answer("ACCEPTED_IN_PART", "We will plant 10,000 trees.", "Byddwn yn plannu 10,000 o goed.",
                "Parks and open spaces", answered), Harness.OFFICER);
        assertEquals(List.of(), responses.overdue(ID));

        // implementation: actions on accepted recommendations, dated updates, the roll-up
        String a1 = h.implementation.addAction(ID, r1, "Survey council homes", "Arolygu cartrefi cyngor", "Housing");
        String a2 = h.implementation.addAction(ID, r1, "Insulate 500 homes", "Inswleiddio 500 o gartrefi", "Housing");
        String a3 = h.implementation.addAction(ID, r3, "Plant the trees", "Plannu’r coed", "Parks");
        assertEquals(409, assertThrows(Refused.class, () -> h.implementation.addAction(ID, r2, "x", "x", "x")).status(),
                "a recommendation that failed gets no actions");
        h.implementation.update(ID, a1, new Implementation.Update(answered, "DONE", null, "Surveyed.", "Wedi arolygu."), "o");
        h.implementation.update(ID, a2, new Implementation.Update(answered, "IN_PROGRESS", 40, "120 done.", "120 wedi’u gwneud."), "o");
        h.implementation.update(ID, a3, new Implementation.Update(answered, "DONE", null, "Planted.", "Wedi plannu."), "o");
        Implementation.Tracked t = h.implementation.tracked(ID);
        assertEquals(Progress.IN_PROGRESS, t.progress(r1));
        assertEquals(Progress.DONE, t.progress(r3));
        assertEquals(100, t.actions(r1).get(0).progress(), "done is 100%");
        assertEquals("2 of 2 recommendations accepted; 1 in progress, 1 done", t.rollUp().describe("en"));
        assertEquals("Derbyniwyd 2 o 2 argymhelliad; 1 ar y gweill, 1 wedi’u cwblhau", t.rollUp().describe("cy"));

        // progress reports: three months after the response, then every six; reminded 14 days before
        assertEquals(answered, t.responseDate().orElseThrow(), "the day of the last response");
        LocalDate first = answered.plusMonths(3);
        JobStatus reminder = h.jobs.job(ReportReminders.JOB, ID + "/" + first).orElseThrow();
        assertEquals(first.minusDays(14).atTime(9, 0).atZone(UK).toInstant(), reminder.dueAt());
        clock.set(first.minusDays(14).atTime(9, 0).atZone(UK).toInstant());
        assertEquals(1, h.runner.runDue());
        assertEquals(2, h.outbox().size());
        assertTrue(h.outbox().get(1)[2].contains("yn ddyledus erbyn"), h.outbox().get(1)[2]);
        assertTrue(h.jobs.job(ReportReminders.JOB, ID + "/" + first.plusMonths(6)).isPresent(), "the next report's reminder");
        assertEquals(409, assertThrows(Refused.class, () -> h.implementation.publishReport(ID, first.plusDays(1), first.minusDays(14),
                "x", "x", "o")).status(), "no report is due that day");
        h.implementation.publishReport(ID, first, first.minusDays(14), "Two actions under way.", "Dau gam ar y gweill.", "o");
        assertTrue(h.implementation.tracked(ID).reports().get(0).published().isPresent());

        // closing the record: nothing changes after it
        recs.close(ID, Harness.OFFICER);
        assertEquals(409, assertThrows(Refused.class, () -> responses.respond(ID, r1, accepted(first.minusDays(14)), "o")).status(),
                "a response after the assembly is closed");
        assertEquals(409, assertThrows(Refused.class, () -> h.implementation.update(ID, a2,
                new Implementation.Update(first.minusDays(14), "DONE", null, "x", "x"), "o")).status());
        clock.set(first.plusMonths(6).minusDays(14).atTime(9, 0).atZone(UK).toInstant());
        assertEquals(1, h.runner.runDue(), "the next reminder runs");
        assertEquals(2, h.outbox().size(), "and sends nothing for a closed record");
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
        Refused empty = assertThrows(Refused.class, () -> recs.draft(ID, new Draft(" ", "x", "", "y", "M-001", ""), "o"));
        assertEquals(Set.of("titleEn", "textEn"), empty.errors().keySet());
        int r = recs.draft(ID, draft("Insulate every council home.", "M-001"), "o");
        assertEquals(422, assertThrows(Refused.class, () -> recs.revise(ID, r, draft("Insulate every council home.", "M-002")))
                .status(), "a version that changes nothing");
        assertThrows(NoSuchElementException.class, () -> recs.enterCount(ID, 99, new Tally(1, 0, 0), ANNOUNCED, "f"));
        assertThrows(NoSuchElementException.class, () -> recs.draft("no-such-assembly", draft("x", "y"), "o"));

        Refused tooMany = assertThrows(Refused.class, () -> recs.enterCount(ID, r, new Tally(15, 5, 1), ANNOUNCED, "f"));
        assertEquals(422, tooMany.status());
        assertEquals("The counts add up to 21, more than the 20 members of the assembly. Check the count.",
                tooMany.errors().get("inFavour").in("en"));
        Refused future = assertThrows(Refused.class, () -> recs.enterCount(ID, r, new Tally(15, 5, 0), ANNOUNCED.plusDays(1), "f"));
        assertTrue(future.errors().containsKey("heldOn"));
        assertThrows(Refused.class, () -> recs.enterCount(ID, r, new Tally(15, 5, 0), ANNOUNCED.minusDays(1), "f"));
        assertTrue(recs.recommendation(ID, r).vote().isEmpty(), "no vote was written");

        recs.enterCount(ID, r, new Tally(15, 5, 0), ANNOUNCED, "f");
        Refused response = assertThrows(Refused.class, () -> h.responses.respond(ID, r,
                new Responses.Answer("MAYBE", "", "rhesymau", "", ANNOUNCED.plusDays(3)), "o"));
        assertEquals(Set.of("decision", "reasonsEn", "service", "respondedOn"), response.errors().keySet());
        assertTrue(response.errors().get("respondedOn").in("cy").contains("dyfodol"));
        assertTrue(h.responses.responses(ID).isEmpty());

        h.responses.respond(ID, r, accepted(ANNOUNCED), "o");
        String action = h.implementation.addAction(ID, r, "Survey", "Arolwg", "Housing");
        Refused progress = assertThrows(Refused.class, () -> h.implementation.update(ID, action,
                new Implementation.Update(ANNOUNCED, "IN_PROGRESS", 120, "x", "y"), "o"));
        assertEquals(Set.of("progress"), progress.errors().keySet());
        assertThrows(Refused.class, () -> h.implementation.update(ID, action,
                new Implementation.Update(ANNOUNCED.minusDays(1), "IN_PROGRESS", 10, "x", "y"), "o"), "before the response");
        assertThrows(NoSuchElementException.class, () -> h.implementation.update(ID, "no-such-action",
                new Implementation.Update(ANNOUNCED, "IN_PROGRESS", 10, "x", "y"), "o"));
        assertTrue(h.implementation.tracked(ID).actions().get(0).updates().isEmpty(), "no update was written");
        assertEquals(409, assertThrows(Refused.class, () -> recs.closeDeviceVote(ID, r)).status(), "no vote on devices is open");
    }

    static Responses.Answer accepted(LocalDate on) {
        return new Responses.Answer("ACCEPTED", "We agree and will fund it.", "Rydym yn cytuno a byddwn yn ei ariannu.", "Housing", on);
    }

    /** The ballot table has no column that could name a member or a code. */
    private void assertNoBallotNamesAMember() throws Exception {
        try (Connection c = h.ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM assemblies_ballot")) {
            Set<String> columns = new HashSet<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i).toLowerCase());
            }
            assertEquals(Set.of("id", "assembly_id", "number", "choice"), columns);
            while (rs.next()) {
                for (String member : panel) {
                    assertFalse(rs.getString("id").contains(member));
                }
            }
        }
    }
}
