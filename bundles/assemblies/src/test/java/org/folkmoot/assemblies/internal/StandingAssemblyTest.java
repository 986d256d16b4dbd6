package org.folkmoot.assemblies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import javax.sql.DataSource;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.Registrant;
import org.folkmoot.assemblies.internal.rounds.CarryOver;
import org.folkmoot.assemblies.internal.rounds.Round;
import org.folkmoot.assemblies.internal.rounds.RoundDraw;
import org.folkmoot.assemblies.internal.rounds.RoundDrawJob;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.folkmoot.assemblies.internal.store.Selections;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A standing assembly on H2 (and on PostgreSQL in the subclass) with the real sortition service: a
 * first round selected as part 1 does it, then a second round on another question carrying members
 * over (ticked, or by lot from a public seed) and drawing the rest from its own registrations in
 * the background job, the panel within the same targets, one person per household.
 */
class StandingAssemblyTest {
    private ProceedingsTest.Part1 part1;
    private StandingAssembly standing;

    /** Part 1's recruitment with this module's migrations up to rounds; over PostgreSQL in the subclass. */
    ProceedingsTest.Part1 part1() {
        return new ProceedingsTest.Part1() {
            @Override
            DataSource migrated() throws Exception {
                DataSource ds = super.migrated();
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V6__rounds.sql'");
                }
                return ds;
            }
        };
    }

    @BeforeEach
    void start() throws Exception {
        part1 = part1();
        part1.start();
        standing = new StandingAssembly(part1.recruitment, RecruitmentTest.sortition(), new JdbcTransactions(part1.ds),
                part1.new RecordingScheduler());
        part1.commissionAndRegister(24);
        part1.recruitment.setTargets("net-zero", part1.targets());
        part1.recruitment.select("net-zero", SelectionAlgorithm.LEXIMIN, "first round", "officer");
        part1.runJobs();
    }

    @AfterEach
    void close() throws Exception {
        part1.close();
    }

    private List<String> firstPanel() {
        return part1.store.selections().round("net-zero", 1).orElseThrow().panel();
    }

    /** The round-draw jobs scheduled so far, run by the job handler as the platform's scheduler would. */
    private int drawJobs() {
        RoundDrawJob handler = new RoundDrawJob(standing);
        List<JobRequest> due = part1.scheduled.stream().filter(j -> StandingAssembly.DRAW_JOB.equals(j.name())).toList();
        for (JobRequest j : due) {
            handler.run(new Job(j.name(), j.key(), j.payload(), j.at(), 1));
        }
        part1.scheduled.removeAll(due);
        return due.size();
    }

    /** The second round's own assembly: another question, the same questions asked, households registered. */
    private void commissionRoundTwo(int households, boolean onlyWomen) {
        LocalDate today = part1.clock.today();
        part1.recruitment.commission(Fixtures.commission("net-zero-2", today, 6));
        part1.recruitment.fixSeed("net-zero-2", RecruitmentTest.SEED);
        part1.recruitment.importDrawn("net-zero-2", RecruitmentTest.drawn(40), 5000);
        for (int i = 1; i <= households; i++) {
            registerRoundTwo(i, onlyWomen || i % 2 == 1 ? "female" : "male");
        }
    }

    private void registerRoundTwo(int i, String gender) {
        LocalDate born = LocalDate.of(i % 4 < 2 ? 1958 : 1998, 1 + i % 12, 1 + i % 28);
        List<Registrant> people = new ArrayList<>(List.of(RecruitmentTest.person("Round two " + i, born, gender,
                i % 3 == 0 ? "north" : "south")));
        part1.recruitment.register("net-zero-2", RecruitmentTest.code(i), people, "web", "", "r2-" + i);
    }

    @Test
    void aRoundCarriesMembersOverAndDrawsTheRestInTheBackgroundUnderTheSameTargets() {
        List<String> first = firstPanel();
        part1.recruitment.record("net-zero", first.get(0), Selections.Status.WITHDRAWN, "caller");
        commissionRoundTwo(20, false);

        Refused notMembers = assertThrows(Refused.class, () -> standing.open("net-zero", "net-zero-2", List.of(first.get(0), "P-NOBODY1")));
        assertTrue(notMembers.errors("en").get("carried").contains("P-NOBODY1") && notMembers.errors("en").get("carried").contains(first.get(0)),
                "a withdrawn member is not carried over either: " + notMembers.getMessage());
        assertEquals(422, assertThrows(Refused.class, () -> standing.open("net-zero", "net-zero-2", first.subList(0, 0))).status());
        assertEquals(409, assertThrows(Refused.class, () -> standing.open("net-zero", "net-zero", first.subList(1, 3))).status());
        Refused unknown = assertThrows(Refused.class, () -> standing.open("net-zero", "no-such-assembly", first.subList(1, 3)));
        assertEquals(Set.of("assembly"), unknown.errors().keySet(), "an unknown round's assembly is refused beside its field");
        assertTrue(standing.rounds("net-zero").isEmpty(), "nothing written");
        assertTrue(part1.store.assemblies().targets("net-zero-2").isEmpty(), "no targets copied by a refused round");

        List<String> carried = first.subList(1, 3);
        Round opened = standing.open("net-zero", "net-zero-2", carried);
        assertEquals(2, opened.round());
        assertFalse(opened.carriedByLot());
        assertEquals(part1.targets(), part1.store.assemblies().targets("net-zero-2"), "the same targets");
        assertEquals(409, assertThrows(Refused.class, () -> standing.open("net-zero-2", "net-zero", carried)).status(),
                "a later round does not open rounds");
        assertThrows(NoSuchElementException.class, () -> standing.round("net-zero", 3), "an unknown round");
        assertEquals("NOT_DRAWN", standing.progress(opened).state());

        standing.requestDraw("net-zero", 2, SelectionAlgorithm.LEXIMIN, "round two, full council", "officer");
        RoundDraw queued = standing.progress(standing.round("net-zero", 2));
        assertEquals("QUEUED", queued.state(), "drawn in the background, not in the request");
        assertEquals(0, queued.percent());
        assertEquals(409, assertThrows(Refused.class, () -> standing.requestDraw("net-zero", 2, null, "twice", "officer")).status(),
                "not queued twice");
        assertEquals(409, assertThrows(Refused.class, () -> standing.withdraw("net-zero", 2)).status(), "not while it is drawn");
        assertEquals(1, drawJobs(), "one job scheduled");

        Round drawn = standing.round("net-zero", 2);
        RoundDraw done = standing.progress(drawn);
        assertEquals("DONE", done.state());
        assertEquals(100, done.percent());
        assertEquals(4, drawn.drawn().size());
        assertEquals(carried, drawn.carried());
        Map<String, Person> everyone = new HashMap<>();
        part1.store.registrations().people("net-zero").forEach(p -> everyone.put(p.pseudonym(), p));
        Set<String> roundTwo = new HashSet<>();
        part1.store.registrations().people("net-zero-2").forEach(p -> {
            everyone.put(p.pseudonym(), p);
            roundTwo.add(p.pseudonym());
        });
        assertTrue(roundTwo.containsAll(drawn.drawn()), "new members come from the round's own registrations");
        part1.meetsTargets(drawn.members(), everyone);
        assertEquals(6, drawn.members().stream().map(p -> everyone.get(p).assemblyId() + everyone.get(p).householdCode()).distinct().count(),
                "one person per household");

        Selections.Selection published = part1.store.selections().round("net-zero-2", 1).orElseThrow();
        assertEquals("DONE", published.state());
        assertEquals(drawn.drawn(), published.panel(), "published as the round's first selection");
        assertEquals(4, part1.store.selections().members("net-zero-2").size(), "its new members are called as part 1 does");
        assertEquals(409, assertThrows(Refused.class, () -> standing.requestDraw("net-zero", 2, null, "again", "officer")).status());
        assertEquals(409, assertThrows(Refused.class, () -> standing.withdraw("net-zero", 2)).status(), "a drawn round stays");
        standing.runDraw("net-zero", 2);
        assertEquals(List.of(drawn), standing.rounds("net-zero"), "a job delivered twice changes nothing");
    }

    @Test
    void carryOverByLotIsRecomputableFromTheSeedAndTheMembersWhoCouldCarryOver() throws Exception {
        commissionRoundTwo(20, false);
        List<String> eligible = standing.eligible("net-zero");
        assertEquals(Set.copyOf(firstPanel()), Set.copyOf(eligible));

        Refused both = assertThrows(Refused.class, () -> standing.openByLot("net-zero", "net-zero-2", 6, " "));
        assertEquals(422, both.status());
        assertEquals(List.of("carryCount", "carrySeed"), List.copyOf(both.errors().keySet()), "each field at fault at once");
        assertTrue(both.errors("en").get("carryCount").contains("5"), both.getMessage());
        assertTrue(both.errors("cy").get("carryCount").contains("5"), both.getMessage());
        assertEquals(422, assertThrows(Refused.class, () -> standing.openByLot("net-zero", "net-zero-2", 0, "seed")).status());
        assertEquals(422, assertThrows(Refused.class, () -> standing.openByLot("net-zero", "net-zero-2", null, "seed")).status());
        assertTrue(standing.rounds("net-zero").isEmpty(), "nothing written");

        String seed = "Newham standing assembly, round 2, drawn at full council";
        Round opened = standing.openByLot("net-zero", "net-zero-2", 3, seed);
        assertTrue(opened.carriedByLot());
        assertEquals(seed, opened.carrySeed());
        assertEquals(eligible, opened.eligible(), "the members who could carry over are kept with the round");
        assertEquals(recompute(eligible, seed, 3), opened.carried(), "anyone recomputes it: the smallest SHA-256(seed + pseudonym)");
        assertEquals(opened.carried(), CarryOver.byLot(reversed(eligible), seed, 3), "the same seed, the same members, in any order");
        assertNotEquals(CarryOver.byLot(eligible, seed, 3), CarryOver.byLot(eligible, seed + ".", 3), "another seed, other members");
        assertEquals("8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92", CarryOver.key("123", "456"),
                "the key is the SHA-256 of the seed's bytes followed by the pseudonym's, as sha256sum writes it");

        standing.requestDraw("net-zero", 2, null, "round two", "officer");
        drawJobs();
        assertEquals(opened.carried(), standing.round("net-zero", 2).carried());
        assertEquals(6, standing.round("net-zero", 2).members().size());
    }

    private static List<String> reversed(List<String> list) {
        List<String> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The carry-over by lot as the README tells anyone to recompute it, written out again here. */
    private static List<String> recompute(List<String> eligible, String seed, int n) throws Exception {
        Map<String, String> keys = new HashMap<>();
        for (String p : eligible) {
            keys.put(p, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((seed + p).getBytes(StandardCharsets.UTF_8))));
        }
        return eligible.stream().sorted(Comparator.comparing(keys::get)).limit(n).toList();
    }

    @Test
    void aFailedDrawSaysWhyAndCanBeDrawnAgain() {
        commissionRoundTwo(8, true);
        List<String> women = firstPanel().stream().filter(p -> part1.store.registrations().people("net-zero").stream()
                .anyMatch(x -> x.pseudonym().equals(p) && "female".equals(x.answers().get("gender")))).toList();
        standing.open("net-zero", "net-zero-2", women.subList(0, 1));
        standing.requestDraw("net-zero", 2, null, "round two", "officer");
        drawJobs();
        RoundDraw failed = standing.progress(standing.round("net-zero", 2));
        assertEquals("FAILED", failed.state(), "three men are needed and only women registered");
        assertTrue(failed.problem().isPresent() && !failed.problem().get().isBlank(), "says why");
        assertFalse(standing.round("net-zero", 2).wasDrawn(), "nothing kept");
        assertTrue(part1.store.selections().members("net-zero-2").isEmpty(), "no members made");

        for (int i = 21; i <= 26; i++) {
            registerRoundTwo(i, "male"); // registrations open again once the draw failed
        }
        standing.requestDraw("net-zero", 2, null, "round two, again", "officer");
        drawJobs();
        assertEquals("DONE", standing.progress(standing.round("net-zero", 2)).state());
        assertEquals("round two, again", standing.round("net-zero", 2).seed());
    }

    @Test
    void theDemoHasNewhamsStandingAssemblyWithItsSecondRoundDrawn() throws Exception {
        new RoundsDemo(part1.recruitment, RecruitmentTest.sortition(), standing).load();
        assertEquals(1, drawJobs(), "the second round is drawn by the job, as an officer's draw is");
        Round second = standing.round(RoundsDemo.FIRST, 2);
        assertEquals(RoundsDemo.SECOND, second.assemblyId());
        assertEquals("DONE", standing.progress(second).state(), standing.progress(second).problem().orElse(""));
        assertEquals(RoundsDemo.CARRIED, second.carried().size());
        assertEquals(CarryOver.byLot(second.eligible(), second.carrySeed(), RoundsDemo.CARRIED), second.carried(), "recomputable");
        assertEquals(50, second.members().size(), "the register's 50 members of Newham's 2021 round");
        assertEquals(36 - 1, second.eligible().size(), "36 in the first round, one withdrew");
        var firstTargets = part1.store.assemblies().targets(RoundsDemo.FIRST);
        var secondTargets = part1.store.assemblies().targets(RoundsDemo.SECOND);
        for (int i = 0; i < firstTargets.size(); i++) {
            assertEquals((int) Math.floor(firstTargets.get(i).min() * 50 / 36.0), secondTargets.get(i).min(), "in proportion, rounded down");
            assertEquals((int) Math.ceil(firstTargets.get(i).max() * 50 / 36.0), secondTargets.get(i).max(), "in proportion, rounded up");
        }
        new RoundsDemo(part1.recruitment, RecruitmentTest.sortition(), standing).load();
        assertEquals(1, standing.rounds(RoundsDemo.FIRST).size(), "loaded once");
    }

    @Test
    void tooFewRegisteredForTheOpenPlacesWritesNothing() {
        part1.recruitment.commission(Fixtures.commission("net-zero-2", part1.clock.today(), 6));
        Round opened = standing.open("net-zero", "net-zero-2", firstPanel().subList(0, 3));
        Refused few = assertThrows(Refused.class, () -> standing.requestDraw("net-zero", opened.round(), null, "seed", "officer"));
        assertEquals(409, few.status());
        assertEquals(422, assertThrows(Refused.class, () -> standing.requestDraw("net-zero", opened.round(), null, " ", "officer")).status());
        assertThrows(NoSuchElementException.class, () -> standing.requestDraw("net-zero", 7, null, "seed", "officer"));
        assertTrue(part1.store.selections().rounds("net-zero-2").isEmpty());
        assertEquals(0, drawJobs(), "no job scheduled");
        assertFalse(standing.rounds("net-zero").get(0).wasDrawn());

        standing.withdraw("net-zero", opened.round());
        assertTrue(standing.rounds("net-zero").isEmpty(), "withdrawn before it was drawn");
        assertEquals(firstPanel().subList(3, 5), standing.open("net-zero", "net-zero-2", firstPanel().subList(3, 5)).carried(),
                "opened again with other members");
    }
}
