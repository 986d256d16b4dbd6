package org.folkmoot.sortition.internal.core;

import java.util.SplittableRandom;

/**
 * The Sortition Foundation's earlier greedy method, kept for comparison: fill the category value
 * whose unmet minimum is most urgent (needed / still available) with a random volunteer holding
 * it, drop every value that reaches its maximum and the chosen person's household, and start
 * again when the pool runs dry. Once every minimum is met, anyone who still fits may be picked.
 */
final class LegacyGreedy {
    private final Problem problem;
    private final int[][] personsWithFeature;

    LegacyGreedy(Problem problem) {
        this.problem = problem;
        int[] size = new int[problem.features()];
        for (int[] fs : problem.personFeatures) {
            for (int f : fs) {
                size[f]++;
            }
        }
        personsWithFeature = new int[size.length][];
        for (int f = 0; f < size.length; f++) {
            personsWithFeature[f] = new int[size[f]];
        }
        int[] fill = new int[size.length];
        for (int p = 0; p < problem.size(); p++) {
            for (int f : problem.personFeatures[p]) {
                personsWithFeature[f][fill[f]++] = p;
            }
        }
    }

    /** One panel (person indices), or null when {@code attempts} tries all ran into a dead end. */
    int[] sample(SplittableRandom random, int attempts) {
        for (int a = 0; a < attempts; a++) {
            int[] panel = tryOnce(random);
            if (panel != null) {
                return panel;
            }
        }
        return null;
    }

    private int[] tryOnce(SplittableRandom random) {
        int n = problem.size();
        int features = problem.features();
        boolean[] available = new boolean[n];
        java.util.Arrays.fill(available, true);
        int[] availableWith = new int[features];
        for (int f = 0; f < features; f++) {
            availableWith[f] = personsWithFeature[f].length;
        }
        int availableTotal = n;
        int[] selected = new int[features];
        int[] panel = new int[problem.panelSize];
        for (int f = 0; f < features; f++) {
            if (problem.max[f] == 0) {
                for (int q : personsWithFeature[f]) {
                    availableTotal -= remove(q, available, availableWith);
                }
            }
        }
        for (int step = 0; step < panel.length; step++) {
            int urgent = -1;
            double urgency = 0;
            for (int f = 0; f < features; f++) {
                int need = problem.min[f] - selected[f];
                if (need > 0) {
                    if (availableWith[f] < need) {
                        return null;
                    }
                    double u = (double) need / availableWith[f];
                    if (u > urgency) {
                        urgency = u;
                        urgent = f;
                    }
                }
            }
            int person;
            if (urgent >= 0) {
                person = pick(random, personsWithFeature[urgent], availableWith[urgent], available);
            } else {
                if (availableTotal == 0) {
                    return null;
                }
                person = pickAny(random, availableTotal, available);
            }
            panel[step] = person;
            availableTotal -= remove(person, available, availableWith);
            for (int f : problem.personFeatures[person]) {
                if (++selected[f] == problem.max[f]) {
                    for (int q : personsWithFeature[f]) {
                        if (available[q]) {
                            availableTotal -= remove(q, available, availableWith);
                        }
                    }
                }
            }
            int h = problem.household[person];
            if (h >= 0) {
                for (int q = 0; q < n; q++) {
                    if (available[q] && problem.household[q] == h) {
                        availableTotal -= remove(q, available, availableWith);
                    }
                }
            }
        }
        return problem.isValidPanel(panel) ? panel : null;
    }

    private int remove(int person, boolean[] available, int[] availableWith) {
        if (!available[person]) {
            return 0;
        }
        available[person] = false;
        for (int f : problem.personFeatures[person]) {
            availableWith[f]--;
        }
        return 1;
    }

    private static int pick(SplittableRandom random, int[] candidates, int availableCount, boolean[] available) {
        int k = random.nextInt(availableCount);
        for (int p : candidates) {
            if (available[p] && k-- == 0) {
                return p;
            }
        }
        throw new IllegalStateException("availability count out of step");
    }

    private static int pickAny(SplittableRandom random, int availableCount, boolean[] available) {
        int k = random.nextInt(availableCount);
        for (int p = 0; p < available.length; p++) {
            if (available[p] && k-- == 0) {
                return p;
            }
        }
        throw new IllegalStateException("availability count out of step");
    }
}
