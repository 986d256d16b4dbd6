package org.folkmoot.sortition.internal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SortitionTest {
    private static final double EPS = 1e-5;
    private static Problem twelve;
    private static Selection twelveLeximin;
    private static Problem pool;
    private static Selection leximin;
    private static Selection maximin;
    private static Selection legacy;

    @BeforeAll
    static void solve() {
        twelve = Fixtures.twelve();
        twelveLeximin = Sortition.select(twelve, Algorithm.LEXIMIN, Progress.NONE);
        pool = Fixtures.random(80, 12, 7);
        leximin = Sortition.select(pool, Algorithm.LEXIMIN, Progress.NONE);
        maximin = Sortition.select(pool, Algorithm.MAXIMIN, Progress.NONE);
        legacy = Sortition.select(pool, Algorithm.LEGACY, Progress.NONE);
    }

    @Test
    void everyPanelMeetsEveryQuotaAndTheHouseholdRule() {
        for (Selection s : List.of(twelveLeximin, leximin, maximin, legacy)) {
            assertTrue(s.panels().size() > 1, "a lottery, not one panel");
            for (Panel p : s.panels()) {
                assertTrue(s.problem().isValidPanel(p.members()), () -> s.algorithm() + " panel " + Arrays.toString(p.members()));
            }
        }
    }

    @Test
    void householdMembersAreNeverSelectedTogether() {
        // b (index 1) and c (index 2) share an address in the fixture
        for (Panel p : twelveLeximin.panels()) {
            Set<Integer> m = new HashSet<>();
            Arrays.stream(p.members()).forEach(m::add);
            assertTrue(!(m.contains(1) && m.contains(2)), "b and c together in " + Arrays.toString(p.members()));
        }
        assertTrue(twelveLeximin.probabilities()[1] > 0 && twelveLeximin.probabilities()[2] > 0);
    }

    @Test
    void probabilitiesSumToThePanelSizeAndMatchTheDistribution() {
        for (Selection s : List.of(twelveLeximin, leximin, maximin, legacy)) {
            assertEquals(s.problem().panelSize(), Arrays.stream(s.probabilities()).sum(), 1e-6, s.algorithm().name());
            assertEquals(1.0, s.panels().stream().mapToDouble(Panel::probability).sum(), 1e-6);
        }
    }

    @Test
    void leximinMatchesBruteForceOnASmallPool() {
        double[] expected = BruteForce.leximin(twelve);
        double[] actual = twelveLeximin.probabilities();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], EPS, "probability of " + twelve.id(i));
        }
    }

    @Test
    void leximinMatchesBruteForceOnARandomPool() {
        Problem small = Fixtures.random(14, 6, 3);
        double[] expected = BruteForce.leximin(small);
        double[] actual = Sortition.select(small, Algorithm.LEXIMIN, Progress.NONE).probabilities();
        double[] e = expected.clone();
        double[] a = actual.clone();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], EPS, "probability of " + small.id(i));
        }
    }

    @Test
    void leximinMinimumEqualsMaximinOptimumAndBeatsLegacy() {
        assertEquals(maximin.minProbability(), leximin.minProbability(), EPS);
        assertTrue(leximin.minProbability() >= legacy.minProbability() - EPS,
                leximin.minProbability() + " < legacy " + legacy.minProbability());
        assertTrue(leximin.minProbability() > 0);
    }

    @Test
    void leximinIsNoLessEqualThanMaximinFromTheBottomUp() {
        double[] lex = leximin.probabilities().clone();
        double[] max = maximin.probabilities().clone();
        Arrays.sort(lex);
        Arrays.sort(max);
        // leximin dominates lexicographically: at the first difference it is larger
        for (int i = 0; i < lex.length; i++) {
            if (Math.abs(lex[i] - max[i]) > EPS) {
                assertTrue(lex[i] > max[i], "position " + i);
                return;
            }
        }
    }

    @Test
    void interchangeableVolunteersGetTheSameProbability() {
        // e, f, g, h, j, l: men, old, living alone
        double[] p = twelveLeximin.probabilities();
        for (int i : new int[] {5, 6, 7, 9, 11}) {
            assertEquals(p[4], p[i], EPS);
        }
    }

    @Test
    void theSameSeedGivesTheSameDrawAndTheDrawFollowsTheDistribution() {
        int a = Draw.panelIndex(leximin.panels(), "assembly-2026");
        assertEquals(a, Draw.panelIndex(leximin.panels(), "assembly-2026"));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(Draw.panelIndex(leximin.panels(), "seed " + i));
        }
        assertTrue(seen.size() > 10, "50 seeds drew only " + seen.size() + " different panels");
    }

    @Test
    void theUniformNumberIsTheDocumentedSha256Prefix() throws Exception {
        byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest("abc".getBytes("UTF-8"));
        // SHA-256("abc") starts ba7816bf8f01cfea
        assertEquals((byte) 0xba, h[0]);
        double expected = (0xba7816bf8f01cfeaL >>> 11) / Math.pow(2, 53);
        assertEquals(expected, Draw.uniform("abc").doubleValue(), 0);
    }

    @Test
    void replacementsRestoreTheQuotasWithoutTheDropoutsOrTheirHouseholds() {
        int drawn = Draw.panelIndex(leximin.panels(), "replacements");
        int[] members = leximin.panels().get(drawn).members();
        List<String> panel = new ArrayList<>();
        for (int m : members) {
            panel.add(pool.id(m));
        }
        List<String> dropouts = List.of(panel.get(0), panel.get(3));
        List<Respondent> respondents = respondents(pool);
        Problem replacement = Replacements.problem(pool.quotas(), respondents, panel, dropouts);
        assertEquals(2, replacement.panelSize());
        Selection r = Sortition.select(replacement, Algorithm.LEXIMIN, Progress.NONE);
        for (Panel p : r.panels()) {
            assertTrue(replacement.isValidPanel(p.members()), () -> "replacement panel " + Arrays.toString(p.members()));
            List<String> newPanel = new ArrayList<>(panel);
            newPanel.removeAll(dropouts);
            for (int m : p.members()) {
                String id = replacement.id(m);
                assertTrue(!panel.contains(id), id + " was already drawn");
                newPanel.add(id);
            }
            int[] asIndices = newPanel.stream().mapToInt(id -> pool.ids().indexOf(id)).sorted().toArray();
            assertTrue(pool.isValidPanel(asIndices), () -> "panel with replacements " + newPanel + " " + replacement.quotas() + " drop " + dropouts + " " + Arrays.stream(asIndices).mapToObj(i -> Arrays.toString(pool.personFeatures[i]) + pool.household[i]).toList());
        }
    }

    static List<Respondent> respondents(Problem p) {
        List<Respondent> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
            for (int c = 0; c < p.categories.length; c++) {
                f.put(p.categories[c], p.quotas().get(p.personFeatures[i][c]).feature());
            }
            out.add(new Respondent(p.id(i), f, p.household[i] >= 0 ? "h" + p.household[i] : "alone" + i));
        }
        return out;
    }

    @Test
    void expansionKeepsTypeProbabilitiesExact() {
        double[] p = leximin.probabilities();
        Types types = new Types(pool, true);
        for (int t = 0; t < types.count; t++) {
            for (int m : types.members[t]) {
                assertEquals(p[types.members[t][0]], p[m], 1e-9);
            }
        }
        assertNotEquals(0, types.count);
        assertArrayEquals(p, leximin.probabilities());
    }
}
