package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Panels one swap away from a given one (one member out, someone of another type in) that are
 * still valid and whose weight stays above a threshold. Used to add several useful columns per
 * exact pricing solve.
 */
final class Swaps {
    private Swaps() {
    }

    static List<int[]> improving(Problem problem, Types types, int[] panel, double[] unit, double threshold, int limit) {
        int[] count = new int[problem.features()];
        boolean[] homeUsed = new boolean[Math.max(1, problem.households)];
        double value = 0;
        List<Integer> in = new ArrayList<>();
        for (int t = 0; t < panel.length; t++) {
            if (panel[t] > 0) {
                in.add(t);
                value += unit[t] * panel[t];
                for (int f : types.features[t]) {
                    count[f] += panel[t];
                }
                if (types.household[t] >= 0) {
                    homeUsed[types.household[t]] = true;
                }
            }
        }
        // min-heap on value keeps the best `limit` swaps
        PriorityQueue<double[]> best = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int a : in) {
            for (int b = 0; b < panel.length; b++) {
                if (b == a || panel[b] >= types.size(b)) {
                    continue;
                }
                double v = value - unit[a] + unit[b];
                if (v <= threshold || best.size() == limit && v <= best.peek()[0]) {
                    continue;
                }
                if (types.household[b] >= 0 && homeUsed[types.household[b]]
                        && types.household[b] != types.household[a]) {
                    continue;
                }
                if (fits(problem, types.features[a], types.features[b], count)) {
                    best.add(new double[] {v, a, b});
                    if (best.size() > limit) {
                        best.poll();
                    }
                }
            }
        }
        List<int[]> result = new ArrayList<>();
        for (double[] s : best) {
            int[] next = panel.clone();
            next[(int) s[1]]--;
            next[(int) s[2]]++;
            result.add(next);
        }
        return result;
    }

    private static boolean fits(Problem problem, int[] out, int[] in, int[] count) {
        for (int c = 0; c < out.length; c++) {
            if (out[c] != in[c] && (count[out[c]] - 1 < problem.min[out[c]] || count[in[c]] + 1 > problem.max[in[c]])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Heuristic pricing: from each start panel, hill-climb by the best valid one-swap (one member
     * out, someone of another type in) while the weight rises; the local optima above the
     * threshold that are not yet known are returned (at most {@code limit}, best first). Costs no
     * solver call; when it finds nothing, exact pricing must decide.
     */
    static List<int[]> climb(Problem problem, Types types, List<int[]> starts, double[] unit, double threshold,
            int limit, java.util.Set<TypePanel> known) {
        int n = unit.length;
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(unit[b], unit[a]));
        java.util.Map<TypePanel, Double> found = new java.util.HashMap<>();
        int[] count = new int[problem.features()];
        boolean[] homeUsed = new boolean[Math.max(1, problem.households)];
        for (int[] start : starts) {
            int[] panel = start.clone();
            java.util.Arrays.fill(count, 0);
            java.util.Arrays.fill(homeUsed, false);
            double value = 0;
            for (int t = 0; t < n; t++) {
                if (panel[t] > 0) {
                    value += unit[t] * panel[t];
                    for (int f : types.features[t]) {
                        count[f] += panel[t];
                    }
                    if (types.household[t] >= 0) {
                        homeUsed[types.household[t]] = true;
                    }
                }
            }
            for (int step = 0; step < 10 * problem.panelSize; step++) {
                double bestGain = 1e-12;
                int bestOut = -1;
                int bestIn = -1;
                for (int a = 0; a < n; a++) {
                    if (panel[a] == 0) {
                        continue;
                    }
                    for (int b : order) {
                        double gain = unit[b] - unit[a];
                        if (gain <= bestGain) {
                            break;
                        }
                        if (b == a || panel[b] >= types.size(b)) {
                            continue;
                        }
                        if (types.household[b] >= 0 && homeUsed[types.household[b]]
                                && types.household[b] != types.household[a]) {
                            continue;
                        }
                        if (fits(problem, types.features[a], types.features[b], count)) {
                            bestGain = gain;
                            bestOut = a;
                            bestIn = b;
                            break; // the best partner of a: order is by weight
                        }
                    }
                }
                if (bestOut < 0) {
                    break;
                }
                panel[bestOut]--;
                panel[bestIn]++;
                value += bestGain;
                for (int f : types.features[bestOut]) {
                    count[f]--;
                }
                for (int f : types.features[bestIn]) {
                    count[f]++;
                }
                if (types.household[bestOut] >= 0) {
                    homeUsed[types.household[bestOut]] = false;
                }
                if (types.household[bestIn] >= 0) {
                    homeUsed[types.household[bestIn]] = true;
                }
            }
            if (value > threshold) {
                TypePanel key = new TypePanel(panel);
                if (!known.contains(key)) {
                    found.putIfAbsent(key, value);
                }
            }
        }
        List<java.util.Map.Entry<TypePanel, Double>> sorted = new ArrayList<>(found.entrySet());
        sorted.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<int[]> result = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
            result.add(sorted.get(i).getKey().counts);
        }
        return result;
    }

    static double value(int[] panel, double[] unit) {
        double v = 0;
        for (int t = 0; t < panel.length; t++) {
            if (panel[t] > 0) {
                v += unit[t] * panel[t];
            }
        }
        return v;
    }
}
