package org.folkmoot.assemblies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.Registrant;
import org.folkmoot.assemblies.internal.rounds.Round;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.folkmoot.assemblies.internal.store.Selections;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A standing assembly on H2 with the real sortition service: a first round selected as part 1
 * does it, then a second round on another question carrying two members over and drawing four from
 * its own registrations, the six together within the same targets, one person per household.
 */
class StandingAssemblyTest {
    private ProceedingsTest.Part1 part1;
    private StandingAssembly standing;

    @BeforeEach
    void start() throws Exception {
        part1 = new ProceedingsTest.Part1() {
        };
        part1.start();
        standing = new StandingAssembly(part1.recruitment, RecruitmentTest.sortition(), new JdbcTransactions(part1.ds));
        part1.commissionAndRegister(24);
        part1.recruitment.setTargets("net-zero", part1.targets());
        part1.recruitment.select("net-zero", SelectionAlgorithm.LEXIMIN, "first round", "officer");
        part1.runJobs();
    }

    private List<String> firstPanel() {
        return part1.store.selections().round("net-zero", 1).orElseThrow().panel();
    }

    /** The second round's own assembly: another question, the same questions asked, 20 households registered. */
    private void commissionRoundTwo() {
        LocalDate today = part1.clock.today();
        part1.recruitment.commission(Fixtures.commission("net-zero-2", today, 6));
        part1.recruitment.fixSeed("net-zero-2", RecruitmentTest.SEED);
        part1.recruitment.importDrawn("net-zero-2", RecruitmentTest.drawn(20), 5000);
        for (int i = 1; i <= 20; i++) {
            LocalDate born = LocalDate.of(i % 2 == 0 ? 1958 : 1998, 1 + i % 12, 1 + i % 28);
            List<Registrant> people = new ArrayList<>(List.of(RecruitmentTest.person("Round two " + i, born,
                    i % 2 == 0 ? "male" : "female", i % 4 < 2 ? "north" : "south")));
            part1.recruitment.register("net-zero-2", RecruitmentTest.code(i), people, "web", "", "r2-" + i);
        }
    }

    @Test
    void aRoundCarriesMembersOverAndDrawsTheRestUnderTheSameTargets() {
        List<String> first = firstPanel();
        part1.recruitment.record("net-zero", first.get(0), Selections.Status.WITHDRAWN, "caller");
        commissionRoundTwo();

        Refused notMembers = assertThrows(Refused.class, () -> standing.open("net-zero", "net-zero-2", List.of(first.get(0), "P-NOBODY1")));
        assertTrue(notMembers.errors("en").get("carried").contains("P-NOBODY1") && notMembers.errors("en").get("carried").contains(first.get(0)),
                "a withdrawn member is not carried over either: " + notMembers.getMessage());
        assertEquals(422, assertThrows(Refused.class, () -> standing.open("net-zero", "net-zero-2", first.subList(0, 0))).status());
        assertEquals(409, assertThrows(Refused.class, () -> standing.open("net-zero", "net-zero", first.subList(1, 3))).status());
        assertTrue(standing.rounds("net-zero").isEmpty(), "nothing written");
        assertTrue(part1.store.assemblies().targets("net-zero-2").isEmpty(), "no targets copied by a refused round");

        List<String> carried = first.subList(1, 3);
        Round opened = standing.open("net-zero", "net-zero-2", carried);
        assertEquals(2, opened.round());
        assertEquals(part1.targets(), part1.store.assemblies().targets("net-zero-2"), "the same targets");
        assertEquals(409, assertThrows(Refused.class, () -> standing.open("net-zero-2", "net-zero", carried)).status(),
                "a later round does not open rounds");

        Round drawn = standing.draw("net-zero", 2, SelectionAlgorithm.LEXIMIN, "round two, full council", "officer");
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
        assertEquals(409, assertThrows(Refused.class, () -> standing.draw("net-zero", 2, null, "again", "officer")).status());
        assertEquals(List.of(drawn), standing.rounds("net-zero"));
    }

    @Test
    void tooFewRegisteredForTheOpenPlacesWritesNothing() {
        part1.recruitment.commission(Fixtures.commission("net-zero-2", part1.clock.today(), 6));
        Round opened = standing.open("net-zero", "net-zero-2", firstPanel().subList(0, 3));
        Refused few = assertThrows(Refused.class, () -> standing.draw("net-zero", opened.round(), null, "seed", "officer"));
        assertEquals(409, few.status());
        assertTrue(part1.store.selections().rounds("net-zero-2").isEmpty());
        assertTrue(!standing.rounds("net-zero").get(0).isDrawn());
    }
}
