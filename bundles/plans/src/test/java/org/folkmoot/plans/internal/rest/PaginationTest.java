package org.folkmoot.plans.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The comment pages' links: the first, the last, two either side of the current one, ellipses between. */
class PaginationTest {

    @Test
    void fiftyPagesAtTheTwentyFifth() {
        Pagination p = Pagination.of("/plans/x", 25, 50);
        assertEquals("/plans/x?page=24", p.previousHref());
        assertEquals("/plans/x?page=26", p.nextHref());
        List<Object> shown = p.items().stream().map(i -> i.containsKey("ellipsis") ? (Object) "…" : i.get("number")).toList();
        assertEquals(List.of(1, "…", 23, 24, 25, 26, 27, "…", 50), shown);
        assertTrue(p.items().stream().anyMatch(i -> Boolean.TRUE.equals(i.get("current")) && i.get("number").equals(25)));
    }

    @Test
    void onePageHasNoLinksAndTheEndsHaveNoPreviousOrNext() {
        assertTrue(Pagination.of("/plans/x", 1, 1).items().isEmpty());
        assertEquals("", Pagination.of("/plans/x", 1, 3).previousHref());
        assertEquals("", Pagination.of("/plans/x", 3, 3).nextHref());
    }
}
