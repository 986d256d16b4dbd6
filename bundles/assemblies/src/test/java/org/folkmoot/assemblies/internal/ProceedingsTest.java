package org.folkmoot.assemblies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.NoSuchElementException;

import javax.sql.DataSource;

import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.EvidenceCheck;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.folkmoot.assemblies.internal.sessions.Session;
import org.folkmoot.assemblies.internal.sessions.SessionCheck;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and evidence on H2 with part 1's schema and V3: a session on each of the commission's
 * days, replaced by day, its attendance as part 1 records it; evidence numbered with members'
 * questions; bad input refused whole, every field at once, with nothing written.
 */
class ProceedingsTest {
    private Part1 part1;
    private Proceedings proceedings;
    private Assembly assembly;

    /** Part 1's recruitment over a database that also has this part's tables (abstract, so that its tests are not run again). */
    abstract static class Part1 extends RecruitmentTest {
        DataSource ds;

        /** Drops what {@link #migrated()} made, if anything needs it. */
        void close() throws Exception {
        }

        @Override
        DataSource migrated() throws Exception {
            ds = super.migrated();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V3__sessions_evidence.sql'");
            }
            return ds;
        }
    }

    /** Part 1's recruitment over H2; over PostgreSQL in the subclass. */
    Part1 part1() {
        return new Part1() {
        };
    }

    @AfterEach
    void close() throws Exception {
        part1.close();
    }

    @BeforeEach
    void start() throws Exception {
        part1 = part1();
        part1.start();
        part1.commissionAndRegister(3);
        proceedings = new Proceedings(part1.recruitment, new JdbcTransactions(part1.ds), null);
        assembly = part1.recruitment.assembly("net-zero");
    }

    private static SessionCheck.Draft session(LocalDate day) {
        return new SessionCheck.Draft(day.toString(), "10:00", "16:30", "Learning", "Dysgu", "Sale Town Hall", "Neuadd y Dref Sale", "",
                List.of("Welcome", "Evidence"), List.of("Croeso", "Tystiolaeth"), List.of("Priya Example"),
                List.of("https://video.example.org/1"));
    }

    @Test
    void aSessionOnEachCommissionedDayIsKeptAndReplacedByDay() {
        LocalDate first = assembly.sessions().get(0);
        assertTrue(proceedings.saveSession("net-zero", session(first)));
        assertFalse(proceedings.saveSession("net-zero", new SessionCheck.Draft(first.toString(), "09:30", "15:00", "Learning more",
                "Dysgu mwy", "", "", "https://meet.example.org/a", List.of(), List.of(), List.of(), List.of())), "replaced, not added");
        List<Session> sessions = proceedings.sessions("net-zero");
        assertEquals(1, sessions.size());
        Session s = sessions.get(0);
        assertEquals(LocalTime.of(9, 30), s.startsAt());
        assertEquals("Dysgu mwy", s.title().cy());
        assertTrue(s.isOnline());

        String someone = part1.store.registrations().people("net-zero").get(0).id();
        part1.store.logistics().attendance(someone, first, true);
        part1.store.logistics().attendance(someone, assembly.sessions().get(1), false);
        assertEquals(1, proceedings.attendance("net-zero", first).size(), "the session's day only");
        assertTrue(proceedings.attendance("net-zero", first).get(0).attended());
        assertThrows(NoSuchElementException.class, () -> proceedings.attendance("net-zero", assembly.sessions().get(1)),
                "no session published on that day yet");
    }

    @Test
    void aBadSessionIsRefusedFieldByFieldAndNothingIsWritten() {
        Refused r = assertThrows(Refused.class, () -> proceedings.saveSession("net-zero", new SessionCheck.Draft(
                assembly.sessions().get(0).plusDays(1).toString(), "16:00", "10:00", "Learning", " ", "", "", "http://meet.example.org",
                List.of("One", "Two"), List.of("Un"), List.of(), List.of("ftp://example.org/x"))));
        assertEquals(422, r.status());
        assertEquals(List.of("date", "endsAt", "titleCy", "onlineLink", "agendaCy", "recordings"),
                List.copyOf(r.errors().keySet()), r.getMessage());
        assertTrue(r.errors("cy").get("date").contains("Nid yw"), r.errors("cy").toString());
        assertTrue(r.errors("en").get("agendaCy").contains("2 items in English and 1 in Welsh"), r.errors("en").toString());

        Refused notADay = assertThrows(Refused.class, () -> proceedings.saveSession("net-zero", new SessionCheck.Draft("2027-02-30",
                "25:00", "10:00", "a", "b", "x", "y", "", null, null, null, null)));
        assertTrue(notADay.errors("en").get("date").contains("not a real day"), notADay.getMessage());
        assertTrue(notADay.errors("en").get("startsAt").contains("not a time"), notADay.getMessage());
        assertTrue(proceedings.sessions("net-zero").isEmpty(), "nothing written");
        assertThrows(NoSuchElementException.class, () -> proceedings.saveSession("no-such", session(assembly.sessions().get(0))));
    }

    @Test
    void evidenceIsNumberedWithTheQuestionsMembersAsked() {
        Evidence one = proceedings.addEvidence("net-zero", new EvidenceCheck.Draft(assembly.sessions().get(0).toString(), "Dr Ann Example",
                "University of Salford", "Funded by the council", "Heat pumps", "Pympiau gwres", "What they cost.", "Beth maen nhw'n ei gostio.",
                "https://video.example.org/e1"));
        Evidence two = proceedings.addEvidence("net-zero", new EvidenceCheck.Draft("", "Kwame Placeholder", "", "", "Buses", "Bysiau",
                "Routes.", "Llwybrau.", ""));
        assertEquals(1, one.number());
        assertEquals(2, two.number());
        proceedings.ask("net-zero", 1, new EvidenceCheck.Question("cy", "Faint?", "Tua £10,000."));
        proceedings.ask("net-zero", 1, new EvidenceCheck.Question(null, "How long do they last?", "About twenty years."));
        Evidence read = proceedings.evidence("net-zero", 1);
        assertEquals(List.of(new Evidence.Asked("cy", "Faint?", "Tua £10,000."),
                new Evidence.Asked("en", "How long do they last?", "About twenty years.")), read.questions());
        assertEquals(assembly.sessions().get(0), read.session());
        assertEquals("Funded by the council", read.interests());
        assertTrue(proceedings.evidence("net-zero", 2).sessionIfAny().isEmpty());

        Refused bad = assertThrows(Refused.class, () -> proceedings.addEvidence("net-zero", new EvidenceCheck.Draft("2027-13-01", "",
                "", "", "Title", "", "Summary", "Crynodeb", "youtube.com/watch")));
        assertEquals(List.of("session", "speaker", "titleCy", "videoLink"), List.copyOf(bad.errors().keySet()), bad.getMessage());
        Refused noAnswer = assertThrows(Refused.class, () -> proceedings.ask("net-zero", 2, new EvidenceCheck.Question("fr", "?", "")));
        assertEquals(List.of("language", "answer"), List.copyOf(noAnswer.errors().keySet()));
        assertEquals(2, proceedings.evidence("net-zero").size(), "nothing written");
        assertTrue(proceedings.evidence("net-zero", 2).questions().isEmpty());
        assertThrows(NoSuchElementException.class, () -> proceedings.evidence("net-zero", 3));
    }
}
