package org.folkmoot.sortition.internal.core;

import java.util.List;

/**
 * The published lottery: panels with their probabilities, in the order a draw walks them, and
 * each volunteer's resulting probability of selection (indexed like the pool).
 */
public record Selection(Problem problem, Algorithm algorithm, List<Panel> panels, double[] probabilities, double seconds) {

    public double minProbability() {
        double m = 1;
        for (double p : probabilities) {
            m = Math.min(m, p);
        }
        return m;
    }

    public double meanProbability() {
        double s = 0;
        for (double p : probabilities) {
            s += p;
        }
        return s / probabilities.length;
    }

    /** Gini coefficient of the selection probabilities (0: everyone equal). */
    public double gini() {
        double[] x = probabilities.clone();
        java.util.Arrays.sort(x);
        int n = x.length;
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
            total += x[i];
        }
        return total == 0 ? 0 : weighted / (n * total);
    }
}
