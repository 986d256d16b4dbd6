package org.folkmoot.plans.internal.draftimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ListNumberingTest {

    @Test
    void numberedLevelsCountAndDeeperLevelsStartAgain() {
        ListNumbering lists = new ListNumbering();
        lists.numbered("1", 0, 1);
        lists.numbered("1", 1, 1);
        assertEquals(List.of("1. ", "  1. ", "  2. ", "2. ", "  1. "),
                List.of(lists.marker("1", 0), lists.marker("1", 1), lists.marker("1", 1), lists.marker("1", 0),
                        lists.marker("1", 1)));
    }

    @Test
    void bulletsAndUnknownListsAreDashesAndAListCanStartAtAnyNumber() {
        ListNumbering lists = new ListNumbering();
        lists.numbered("L2", 0, 5);
        assertEquals("- ", lists.marker("L1", 0));
        assertEquals("  - ", lists.marker(null, 1));
        assertEquals("5. ", lists.marker("L2", 0));
        assertEquals("6. ", lists.marker("L2", 0));
        lists.restart("L2");
        assertEquals("5. ", lists.marker("L2", 0));
    }
}
