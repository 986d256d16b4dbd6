package org.folkmoot.sortition.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fast path of LEXIMIN: the leximin point of the linear relaxation, turned into a lottery by
 * Carathéodory's walk or column generation, with cuts where the relaxation is not integral.
 */
class LinearLeximinTest {
    private static final double EPS = 1e-6;

    private static double[] byType(Types types, TypeDistribution d) {
        double[] p = new double[types.count];
        for (int i = 0; i < d.panels().size(); i++) {
            for (int t = 0; t < types.count; t++) {
                p[t] += d.weights()[i] * d.panels().get(i)[t] / types.size(t);
            }
        }
        return p;
    }

    @Test
    void aRelaxationThatIsNotIntegralIsCutUntilTheLotteryMatchesTheBruteForce() {
        Problem problem = Fixtures.oddCycle();
        Types types = new Types(problem, true);
        double[] relaxed = LinearLeximin.leximin(problem, types, List.of());
        assertEquals(0.4, relaxed[types.typeOf[0]], EPS, "the relaxation lets a, b and c have 0.4 each");

        List<String> progress = new ArrayList<>();
        TypeDistribution lottery = LinearLeximin.run(problem, types, progress::add);
        assertTrue(progress.stream().anyMatch(l -> l.contains("with 1 cut")), String.join("\n", progress));
        double[] expected = BruteForce.leximin(problem);
        double[] actual = byType(types, lottery);
        for (int person = 0; person < problem.size(); person++) {
            assertEquals(expected[person], actual[types.typeOf[person]], EPS, "probability of " + problem.id(person));
        }
        assertEquals(1.0 / 3, expected[0], EPS);
        for (int[] panel : lottery.panels()) {
            assertTrue(panel[types.typeOf[0]] + panel[types.typeOf[1]] + panel[types.typeOf[2]] <= 1);
        }
    }

    @Test
    void givesUpAfterTheCutBudgetSoTheCallerCanGoLevelByLevel() {
        Problem problem = Fixtures.oddCycle();
        List<String> progress = new ArrayList<>();
        assertNull(LinearLeximin.run(problem, new Types(problem, true), progress::add, 1));
        assertTrue(progress.get(progress.size() - 1).contains("continuing level by level"), String.join("\n", progress));
        // and level by level gets the right answer there
        Types types = new Types(problem, true);
        double[] expected = BruteForce.leximin(problem);
        double[] actual = byType(types, new Leximin(problem, types, Progress.NONE).run(false));
        for (int person = 0; person < problem.size(); person++) {
            assertEquals(expected[person], actual[types.typeOf[person]], 1e-5, "probability of " + problem.id(person));
        }
    }

    @Test
    void matchesTheBruteForceOnRandomPoolsWithHouseholds() {
        for (long seed = 1; seed <= 8; seed++) {
            Problem problem = Fixtures.random(14, 6, seed);
            try {
                Relaxation.requireFeasible(problem);
            } catch (SortitionInputException infeasible) {
                continue;
            }
            Types types = new Types(problem, true);
            double[] actual = byType(types, LinearLeximin.run(problem, types, Progress.NONE));
            double[] expected = BruteForce.leximin(problem);
            for (int person = 0; person < problem.size(); person++) {
                assertEquals(expected[person], actual[types.typeOf[person]], 1e-5, "seed " + seed + ", " + problem.id(person));
            }
        }
    }

    @Test
    void agreesWithTheLevelByLevelAlgorithmOnLargerPoolsWithHouseholds() {
        boolean columnGenerationUsed = false;
        for (int n : new int[] {120, 200}) {
            for (long seed = 1; seed <= 4; seed++) {
                Problem problem = Fixtures.random(n, n / 8, seed);
                Types types = new Types(problem, true);
                List<String> progress = new ArrayList<>();
                double[] fast = byType(types, LinearLeximin.run(problem, types, progress::add));
                double[] levels = byType(types, new Leximin(problem, types, Progress.NONE).run(false));
                for (int t = 0; t < types.count; t++) {
                    assertEquals(levels[t], fast[t], 1e-5, n + " volunteers, seed " + seed + ", type " + t);
                }
                columnGenerationUsed |= progress.stream().anyMatch(l -> l.contains("column generation does the rest"));
            }
        }
        assertTrue(columnGenerationUsed, "no pool left work for column generation after the walk, so that path went untested");
    }

    @Test
    void onTheBenchmarkPoolTheRelaxationIsTheAnswerAndTheWalkPlacesItAll() throws Exception {
        Path dir = Fixtures.pool500();
        Problem problem = org.folkmoot.sortition.internal.bench.SortitionBench.load(dir, 50);
        Types types = new Types(problem, true);
        List<String> progress = new ArrayList<>();
        TypeDistribution lottery = LinearLeximin.run(problem, types, progress::add);
        assertTrue(progress.stream().noneMatch(l -> l.contains("cut") || l.contains("column generation")), String.join("\n", progress));
        double[] target = LinearLeximin.leximin(problem, types, List.of());
        double[] actual = byType(types, lottery);
        for (int t = 0; t < types.count; t++) {
            assertEquals(target[t], actual[t], 1e-6, "type " + t);
        }
        assertTrue(lottery.panels().size() <= types.count + 1, "Carathéodory: at most one panel per dimension, plus one");
    }
}
