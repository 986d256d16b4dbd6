package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * An independent LEXIMIN for tiny pools: every valid panel is enumerated, and a person is fixed
 * only when a separate program shows their probability cannot rise above the current level.
 */
final class BruteForce {
    private BruteForce() {
    }

    static List<int[]> allPanels(Problem p) {
        List<int[]> out = new ArrayList<>();
        combine(p, 0, new int[p.panelSize()], 0, out);
        return out;
    }

    private static void combine(Problem p, int from, int[] chosen, int k, List<int[]> out) {
        if (k == chosen.length) {
            if (p.isValidPanel(chosen)) {
                out.add(chosen.clone());
            }
            return;
        }
        for (int i = from; i <= p.size() - (chosen.length - k); i++) {
            chosen[k] = i;
            combine(p, i + 1, chosen, k + 1, out);
        }
    }

    static double[] leximin(Problem p) {
        Solvers.ensureLoaded();
        List<int[]> panels = allPanels(p);
        int n = p.size();
        boolean[] fixed = new boolean[n];
        double[] level = new double[n];
        int fixedCount = 0;
        while (fixedCount < n) {
            double z = solve(p, panels, fixed, level, -1, 0);
            int before = fixedCount;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && solve(p, panels, fixed, level, i, z) <= z + 1e-7) {
                    fixed[i] = true;
                    level[i] = z;
                    fixedCount++;
                }
            }
            if (fixedCount == before) {
                throw new AssertionError("no progress at level " + z);
            }
        }
        return level;
    }

    /** target < 0: max min level of the unfixed; else max probability of target with unfixed >= floor. */
    private static double solve(Problem p, List<int[]> panels, boolean[] fixed, double[] level, int target, double floor) {
        MPSolver s = MPSolver.createSolver("GLOP");
        try {
            MPVariable z = s.makeNumVar(0, 1, "z");
            MPVariable[] l = new MPVariable[panels.size()];
            MPConstraint sum = s.makeConstraint(1, 1);
            for (int j = 0; j < l.length; j++) {
                l[j] = s.makeNumVar(0, 1, "l" + j);
                sum.setCoefficient(l[j], 1);
            }
            MPConstraint[] prob = new MPConstraint[p.size()];
            for (int i = 0; i < p.size(); i++) {
                double lb = fixed[i] ? level[i] - 1e-9 : (target < 0 ? 0 : floor - 1e-9);
                prob[i] = s.makeConstraint(lb, MPSolver.infinity());
                if (!fixed[i] && target < 0) {
                    prob[i].setCoefficient(z, -1);
                }
            }
            for (int j = 0; j < l.length; j++) {
                for (int m : panels.get(j)) {
                    prob[m].setCoefficient(l[j], 1);
                }
            }
            if (target < 0) {
                s.objective().setCoefficient(z, 1);
            } else {
                for (int j = 0; j < l.length; j++) {
                    for (int m : panels.get(j)) {
                        if (m == target) {
                            s.objective().setCoefficient(l[j], 1);
                        }
                    }
                }
            }
            s.objective().setMaximization();
            if (s.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new AssertionError("brute force LP not optimal");
            }
            return s.objective().value();
        } finally {
            s.delete();
        }
    }
}
