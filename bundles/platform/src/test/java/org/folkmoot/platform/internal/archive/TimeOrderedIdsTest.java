package org.folkmoot.platform.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7UuidsThatSortByTheMillisecondTheyWereMadeIn() {
        long now = 1_765_000_000_000L;
        String earlier = TimeOrderedIds.next(now);
        String later = TimeOrderedIds.next(now + 1);
        UUID parsed = UUID.fromString(earlier);
        assertEquals(7, parsed.version());
        assertEquals(2, parsed.variant(), "RFC 9562's variant");
        assertEquals(now, parsed.getMostSignificantBits() >>> 16, "the milliseconds, first");
        assertTrue(earlier.compareTo(later) < 0, "a later id sorts after, as text too");
    }

    @Test
    void idsMadeInTheSameMillisecondDifferInTheirRandomBits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next(42));
        }
        assertEquals(10_000, ids.size());
    }
}
