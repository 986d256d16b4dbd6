package org.folkmoot.sortition.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Cutting the master program down to its best panels at each level change (and forgetting the
 * rest, so pricing may find them again) must not change the lottery's probabilities: the levels
 * stay fixed through the per-level rise variables whatever columns remain.
 */
class LeximinCompactionTest {
    private static final double EPS = 1e-5;

    private static double[] typeProbabilities(Types types, TypeDistribution d) {
        double[] p = new double[types.count];
        for (int i = 0; i < d.panels().size(); i++) {
            int[] c = d.panels().get(i);
            for (int t = 0; t < types.count; t++) {
                p[t] += d.weights()[i] * c[t] / types.size(t);
            }
        }
        return p;
    }

    @Test
    void compactingAtEveryLevelChangeGivesTheSameProbabilities() {
        Problem problem = Fixtures.random(80, 12, 7);
        Types types = new Types(problem, true);
        double[] keepAll = typeProbabilities(types, new Leximin(problem, types, Progress.NONE, 0).run(false));
        Leximin compacting = new Leximin(problem, types, Progress.NONE, 0.05);
        double[] compacted = typeProbabilities(types, compacting.run(false));
        assertTrue(compacting.compactions() > 0, "the program was never compacted, so the test proves nothing");
        for (int t = 0; t < types.count; t++) {
            assertEquals(keepAll[t], compacted[t], EPS, "type " + t);
        }
    }

    @Test
    void compactingMatchesBruteForceOnASmallPool() {
        Problem small = Fixtures.random(14, 6, 3);
        double[] expected = BruteForce.leximin(small);
        Types types = new Types(small, true);
        double[] byType = typeProbabilities(types, new Leximin(small, types, Progress.NONE, 0.05).run(false));
        for (int p = 0; p < small.size(); p++) {
            assertEquals(expected[p], byType[types.typeOf[p]], EPS, "probability of " + small.id(p));
        }
    }
}
