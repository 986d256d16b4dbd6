package org.folkmoot.assemblies.internal.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model fits the sizes in the UK register: Kendal's jury of 20, Climate Assembly UK's 108 and
 * the 110 it recruited. Each gets one code per member, a full count is accepted and one more
 * refused, and the threshold falls where the arithmetic says.
 */
class RegisterShapesTest {

    @ParameterizedTest(name = "{0}: {2} members")
    @CsvSource({
        "org-kendal-town-council-2020-climate-assembly.yaml, Kendal Town Council, 20, 15",
        "n-uk-2020-climate-assembly.yaml, UK, 108, 81",
        "n-uk-2020-climate-assembly.yaml, UK, 110, 83"})
    void aPanelOfThisSizeVotesAndIsCounted(String file, String council, int members, int needed) throws Exception {
        String entry = register(file);
        assertTrue(entry.contains("org_name: " + council), entry);
        if (members != 110) {
            assertTrue(entry.contains("number_participants: " + members), "the register's size");
        }
        LocalDate day = LocalDate.of(2027, 3, 1);
        Harness h = new Harness(TestClock.on(day), Harness.h2());
        String id = "register-" + members;
        Commission c = Fixtures.commission(id, day, members);
        new Recruitment(h.store, h.jobs).commission(c);
        List<String> panel = h.panel(id, members);
        h.recommendations.configure(id, ThresholdRule.of("75", "COUNTED"), null, null, Harness.OFFICER);
        int a = h.recommendations.draft(id, new Draft("A", "A", "Counted.", "Wedi’i gyfrif.", "M-001", ""), "f");
        int b = h.recommendations.draft(id, new Draft("B", "B", "On devices.", "Ar ddyfeisiau.", "M-002", ""), "f");

        assertEquals(members, h.recommendations.membership(id));
        Refused over = assertThrows(Refused.class, () -> h.recommendations.enterCount(id, a, new Tally(members, 1, 0), day, "f"));
        assertTrue(over.errors().get("inFavour").in("en").contains("more than the " + members + " members"));
        Vote edge = h.recommendations.enterCount(id, a, new Tally(needed, members - needed, 0), day, "f");
        assertTrue(edge.result().passed(), needed + " of " + members + " reaches 75%");
        assertEquals(needed, edge.result().needed());

        List<Recommendations.IssuedCode> codes = h.recommendations.openDeviceVote(id, b, day, "f");
        assertEquals(members, new HashSet<>(codes.stream().map(Recommendations.IssuedCode::code).toList()).size());
        assertEquals(panel, codes.stream().map(Recommendations.IssuedCode::member).toList());
        for (int i = 0; i < needed - 1; i++) {
            h.recommendations.cast(id, codes.get(i).code(), "FOR", "room");
        }
        h.recommendations.cast(id, codes.get(needed - 1).code(), "ABSTAIN", "room");
        for (int i = needed; i < members; i++) {
            h.recommendations.cast(id, codes.get(i).code(), "AGAINST", "room");
        }
        Vote oneShort = h.recommendations.closeDeviceVote(id, b);
        assertFalse(oneShort.result().passed(), "one abstention instead of a vote for, with abstentions counted");
        assertEquals(-1, oneShort.result().margin());
        assertEquals(members, oneShort.result().counted());
        assertEquals(0, oneShort.notVoted(), "every code was used once");
    }

    private static String register(String file) throws IOException {
        try (InputStream in = RegisterShapesTest.class.getResourceAsStream("/demo/register/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
