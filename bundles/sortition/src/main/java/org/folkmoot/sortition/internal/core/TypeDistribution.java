package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPVariable;

/** A lottery over type-level panels: {@code panels.get(i)} is drawn with {@code weights[i]}. */
record TypeDistribution(List<int[]> panels, double[] weights) {

    /** The panels with their weights scaled to sum to 1. */
    static TypeDistribution normalised(List<int[]> panels, List<Double> weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i) / total;
        }
        return new TypeDistribution(panels, w);
    }

    /** A master program's solution: the columns whose variable exceeds {@code smallest}, normalised. */
    static TypeDistribution fromSolution(List<int[]> columns, List<MPVariable> lambda, double smallest) {
        List<int[]> panels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            double l = lambda.get(i).solutionValue();
            if (l > smallest) {
                panels.add(columns.get(i));
                weights.add(l);
            }
        }
        return normalised(panels, weights);
    }
}
