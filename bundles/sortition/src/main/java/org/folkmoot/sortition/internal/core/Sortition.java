package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The entry point of the core: builds the lottery for a problem with the chosen algorithm. */
public final class Sortition {
    /** How many greedy panels LEGACY samples to estimate its lottery. */
    public static final int LEGACY_SAMPLES = 2000;
    /** For comparison in the benchmark only: LEXIMIN by the paper's level-by-level column generation. */
    private static final boolean LEVEL_BY_LEVEL = Boolean.getBoolean("sortition.levelByLevel");

    private Sortition() {
    }

    public static Selection select(Problem problem, Algorithm algorithm, Progress progress) {
        long started = System.nanoTime();
        Relaxation.requireFeasible(problem);
        List<Panel> panels = switch (algorithm) {
            case LEXIMIN, MAXIMIN -> {
                Types types = new Types(problem, true);
                progress.report(problem.size() + " respondents merged into " + types.count + " types");
                TypeDistribution d = algorithm == Algorithm.LEXIMIN && !LEVEL_BY_LEVEL
                        ? LinearLeximin.run(problem, types, progress) : null;
                if (d == null) {
                    d = new Leximin(problem, types, progress).run(algorithm == Algorithm.MAXIMIN);
                }
                yield Expansion.expand(types, d);
            }
            case LEGACY -> legacy(problem);
        };
        panels = Draw.published(panels);
        double[] probabilities = new double[problem.size()];
        for (Panel p : panels) {
            for (int m : p.members()) {
                probabilities[m] += p.probability();
            }
        }
        return new Selection(problem, algorithm, List.copyOf(panels), probabilities, (System.nanoTime() - started) / 1e9);
    }

    private static List<Panel> legacy(Problem problem) {
        LegacyGreedy greedy = new LegacyGreedy(problem);
        SplittableRandom random = new SplittableRandom(1L);
        Map<String, int[]> members = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        int drawn = 0;
        for (int i = 0; i < LEGACY_SAMPLES; i++) {
            int[] p = greedy.sample(random, 100);
            if (p == null) {
                continue;
            }
            int[] sorted = p.clone();
            Arrays.sort(sorted);
            String key = Arrays.toString(sorted);
            members.putIfAbsent(key, sorted);
            count.merge(key, 1, Integer::sum);
            drawn++;
        }
        if (drawn == 0) {
            throw new SortitionInputException("The LEGACY greedy method found no panel that meets the targets"
                    + " in " + LEGACY_SAMPLES * 100 + " attempts; try LEXIMIN, which searches exactly.");
        }
        List<Panel> panels = new ArrayList<>();
        for (Map.Entry<String, int[]> e : members.entrySet()) {
            panels.add(new Panel(e.getValue(), (double) count.get(e.getKey()) / drawn));
        }
        return panels;
    }
}
