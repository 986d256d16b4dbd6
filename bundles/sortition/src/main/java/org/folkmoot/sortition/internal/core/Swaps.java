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
}
