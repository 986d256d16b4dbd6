package org.folkmoot.sortition.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationTest {
    private static final List<Quota> GENDER = List.of(new Quota("gender", "f", 1, 2), new Quota("gender", "m", 1, 2));

    @Test
    void aValueMissingFromTheTargetsIsNamed() {
        var e = assertThrows(SortitionInputException.class, () -> new Problem(GENDER,
                List.of(Fixtures.person("p1", null, "gender=f"), Fixtures.person("p2", null, "gender=x")), 2));
        assertEquals("Respondent p2 has gender 'x', which is not in the targets (known values: f, m).", e.getMessage());
    }

    @Test
    void minimumsAboveThePanelSizeAreReported() {
        List<Quota> q = List.of(new Quota("age", "young", 2, 3), new Quota("age", "old", 2, 3));
        var e = assertThrows(SortitionInputException.class, () -> new Problem(q,
                List.of(Fixtures.person("1", null, "age=young"), Fixtures.person("2", null, "age=old"),
                        Fixtures.person("3", null, "age=old")), 3));
        assertEquals("Category 'age': the minimums add up to 4, more than the panel size 3.", e.getMessage());
    }

    @Test
    void duplicateIdsAreReported() {
        var e = assertThrows(SortitionInputException.class, () -> new Problem(GENDER,
                List.of(Fixtures.person("p1", null, "gender=f"), Fixtures.person("p1", null, "gender=m")), 2));
        assertEquals("Duplicate respondent id 'p1' (respondents 1 and 2).", e.getMessage());
    }

    @Test
    void anEmptyPoolIsReported() {
        var e = assertThrows(SortitionInputException.class, () -> new Problem(GENDER, List.of(), 2));
        assertTrue(e.getMessage().contains("pool of respondents is empty"), e.getMessage());
    }

    @Test
    void infeasibleQuotasGetTheSmallestRelaxationWithinTheFlex() {
        // Panel of 4 from 3 women and 5 men, but the targets want 3 or 4 women; flex allows down to 1.
        List<Quota> q = List.of(new Quota("gender", "f", 3, 4, 1, 4), new Quota("gender", "m", 0, 1, 0, 4));
        List<Respondent> pool = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pool.add(Fixtures.person("f" + i, "home-f", "gender=f")); // all three women at one address
        }
        for (int i = 0; i < 5; i++) {
            pool.add(Fixtures.person("m" + i, null, "gender=m"));
        }
        Problem p = new Problem(q, pool, 4);
        var e = assertThrows(Relaxation.InfeasibleQuotasException.class,
                () -> Sortition.select(p, Algorithm.LEXIMIN, Progress.NONE));
        // one woman possible (household rule) -> f min 3 -> 1 and m max 1 -> 3: 4 places moved
        assertEquals(2, e.changes().size(), e.getMessage());
        int moved = 0;
        for (Relaxation.Change c : e.changes()) {
            assertTrue(c.newMin() >= c.quota().minFlex() && c.newMax() <= c.quota().maxFlex(), c.toString());
            moved += c.quota().min() - c.newMin() + c.newMax() - Math.min(c.quota().max(), 4);
        }
        assertEquals(4, moved, e.getMessage());
        assertTrue(e.getMessage().contains("gender/f: min 3 -> 1"), e.getMessage());
        // and the relaxed targets do work
        List<Quota> relaxed = new ArrayList<>();
        for (Quota quota : q) {
            Relaxation.Change c = e.changes().stream().filter(x -> x.quota().equals(quota)).findFirst().orElse(null);
            relaxed.add(c == null ? quota : new Quota(quota.category(), quota.feature(), c.newMin(), c.newMax(),
                    quota.minFlex(), quota.maxFlex()));
        }
        Selection s = Sortition.select(new Problem(relaxed, pool, 4), Algorithm.LEXIMIN, Progress.NONE);
        assertTrue(s.minProbability() > 0);
    }

    @Test
    void quotasBeyondTheFlexSayNoRelaxationHelps() {
        List<Quota> q = List.of(new Quota("gender", "f", 3, 4, 3, 4), new Quota("gender", "m", 0, 1, 0, 1));
        List<Respondent> pool = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pool.add(Fixtures.person("f" + i, null, "gender=f"));
        }
        for (int i = 0; i < 5; i++) {
            pool.add(Fixtures.person("m" + i, null, "gender=m"));
        }
        var e = assertThrows(SortitionInputException.class,
                () -> Sortition.select(new Problem(q, pool, 4), Algorithm.MAXIMIN, Progress.NONE));
        assertTrue(e.getMessage().contains("even with every target relaxed as far as its min_flex/max_flex allow"),
                e.getMessage());
    }
}
