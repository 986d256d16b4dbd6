package org.folkmoot.plans.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VersionComparerTest {

    private final VersionComparer comparer = new VersionComparer();

    private static VersionSection section(String key, String heading, String body) {
        return new VersionSection(key, heading, body);
    }

    /** A section's changes as text: [-deleted-] {+inserted+}, paragraphs separated by " | ". */
    private static String marked(SectionChange s) {
        return s.paragraphs().stream().map(p -> p.stream().map(piece -> switch (piece.change()) {
            case SAME -> piece.text();
            case INSERTED -> "{+" + piece.text() + "+}";
            case DELETED -> "[-" + piece.text() + "-]";
        }).collect(Collectors.joining(" "))).collect(Collectors.joining(" | "));
    }

    @Test
    void identicalVersionsHaveNoDifferences() {
        List<VersionSection> v = List.of(section("vision", "Our vision", "A greener town. A fairer town."),
                section("housing", "Housing", "More homes."));
        Comparison c = comparer.compare(v, v, "en");
        assertTrue(c.identical());
        assertEquals(2, c.unchanged());
        assertEquals(List.of(), c.differences());
    }

    @Test
    void aChangedSentenceIsDeletedAndInsertedAndTheRestKept() {
        Comparison c = comparer.compare(
                List.of(section("vision", "Our vision", "A greener town. Buses every hour. A fairer town.")),
                List.of(section("vision", "Our vision", "A greener town. Buses every half hour. A fairer town.")), "en");
        SectionChange s = c.sections().get(0);
        assertEquals(SectionStatus.CHANGED, s.status());
        assertEquals("A greener town. [-Buses every hour.-] {+Buses every half hour.+} A fairer town.", marked(s));
        assertEquals(1, s.sentencesInserted());
        assertEquals(1, s.sentencesDeleted());
    }

    @Test
    void welshTextIsComparedSentenceBySentenceWithItsAbbreviations() {
        Comparison c = comparer.compare(
                List.of(section("gweledigaeth", "Ein gweledigaeth",
                        "Tref wyrddach, e.e. mwy o goed. Bysiau bob awr.\n\nTref decach i bawb.")),
                List.of(section("gweledigaeth", "Ein gweledigaeth",
                        "Tref wyrddach, e.e. mwy o goed. Bysiau bob hanner awr.\n\nTref decach i bawb. Cyngor agored.")),
                "cy");
        assertEquals("Tref wyrddach, e.e. mwy o goed. [-Bysiau bob awr.-] {+Bysiau bob hanner awr.+}"
                + " | Tref decach i bawb. {+Cyngor agored.+}", marked(c.sections().get(0)));
        assertEquals("cy", c.language());
    }

    @Test
    void sectionsAddedRemovedMovedAndUnchangedAreToldApart() {
        List<VersionSection> earlier = List.of(
                section("vision", "Vision", "Green."),
                section("transport", "Transport", "Buses."),
                section("housing", "Housing", "Homes."),
                section("shops", "Shops", "A market."));
        List<VersionSection> later = List.of(
                section("vision", "Vision", "Green."),
                section("housing", "Housing", "Homes."),
                section("transport", "Transport", "Buses."),
                section("health", "Health", "A surgery."));
        Comparison c = comparer.compare(earlier, later, "en");
        // later order, a removed section where it was (after housing), a moved one where it is now
        assertEquals(List.of("vision unchanged", "housing unchanged", "shops removed", "transport unchanged moved",
                "health added"),
                c.sections().stream().map(s -> s.key() + " " + s.kind() + (s.moved() ? " moved" : "")).toList());
        assertEquals(1, c.added());
        assertEquals(1, c.removed());
        assertEquals(1, c.moved());
        assertEquals(3, c.unchanged());
        assertFalse(c.identical());
        assertEquals("{+A surgery.+}", marked(c.sections().get(4)));
        assertEquals("[-A market.-]", marked(c.sections().get(2)));
        assertEquals(List.of("vision", "housing"), c.sameSections().stream().map(SectionChange::key).toList());
    }

    @Test
    void aNewHeadingAloneIsAChange() {
        Comparison c = comparer.compare(List.of(section("t", "Transport", "Buses.")),
                List.of(section("t", "Getting about", "Buses.")), "en");
        SectionChange s = c.sections().get(0);
        assertEquals(SectionStatus.CHANGED, s.status());
        assertEquals("Transport", s.previousHeading());
        assertEquals("Getting about", s.heading());
        assertTrue(s.headingChanged());
    }

    @Test
    void aParagraphAddedInTheMiddleIsItsOwnParagraph() {
        Comparison c = comparer.compare(List.of(section("a", "A", "One.\n\nThree.")),
                List.of(section("a", "A", "One.\n\nTwo.\n\nThree.")), "en");
        assertEquals("One. | {+Two.+} | Three.", marked(c.sections().get(0)));
    }

    @Test
    void spacingAloneIsNoChange() {
        Comparison c = comparer.compare(List.of(section("a", "A", "One.  Two.\n")),
                List.of(section("a", "A", " One. Two.")), "en");
        assertTrue(c.identical());
    }

    @Test
    void twoSectionsWithOneKeyAreRefused() {
        List<VersionSection> twice = List.of(section("a", "A", "x"), section("a", "B", "y"));
        assertThrows(IllegalArgumentException.class, () -> comparer.compare(twice, List.of(), "en"));
    }
}
