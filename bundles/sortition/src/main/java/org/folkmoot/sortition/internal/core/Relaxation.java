package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Checks that some panel meets the targets and, when none does, finds the smallest relaxation
 * (fewest places moved, summed over all targets) that stays within each target's
 * {@code min_flex}/{@code max_flex}.
 */
public final class Relaxation {
    private Relaxation() {
    }

    /** A target that had to move to make a panel possible. */
    public record Change(Quota quota, int newMin, int newMax) {
        @Override
        public String toString() {
            return quota.category() + "/" + quota.feature() + ": min " + quota.min() + " -> " + newMin
                    + ", max " + quota.max() + " -> " + newMax;
        }
    }

    /**
     * Null when the targets can be met as they are; otherwise the suggested changes (empty when
     * even the full flex does not help).
     */
    public static List<Change> suggest(Problem problem) {
        Solvers.ensureLoaded();
        Types types = new Types(problem, true);
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            solver = MPSolver.createSolver("CBC");
        }
        try {
            MPVariable[] x = new MPVariable[types.count];
            MPConstraint size = solver.makeConstraint(problem.panelSize, problem.panelSize, "size");
            for (int t = 0; t < types.count; t++) {
                x[t] = solver.makeIntVar(0, types.size(t), "x" + t);
                size.setCoefficient(x[t], 1);
            }
            int features = problem.features();
            MPVariable[] down = new MPVariable[features];
            MPVariable[] up = new MPVariable[features];
            MPConstraint[] low = new MPConstraint[features];
            MPConstraint[] high = new MPConstraint[features];
            for (int f = 0; f < features; f++) {
                Quota q = problem.quotas.get(f);
                down[f] = solver.makeIntVar(0, q.min() - q.minFlex(), "down" + f);
                up[f] = solver.makeIntVar(0, Math.min((long) q.maxFlex(), problem.panelSize) - problem.max[f], "up" + f);
                // count + down >= min   and   count - up <= max
                low[f] = solver.makeConstraint(problem.min[f], MPSolver.infinity(), "low" + f);
                low[f].setCoefficient(down[f], 1);
                high[f] = solver.makeConstraint(-MPSolver.infinity(), problem.max[f], "high" + f);
                high[f].setCoefficient(up[f], -1);
                solver.objective().setCoefficient(down[f], 1);
                solver.objective().setCoefficient(up[f], 1);
            }
            MPConstraint[] home = new MPConstraint[problem.households];
            for (int h = 0; h < home.length; h++) {
                home[h] = solver.makeConstraint(0, 1, "h" + h);
            }
            for (int t = 0; t < types.count; t++) {
                for (int f : types.features[t]) {
                    low[f].setCoefficient(x[t], 1);
                    high[f].setCoefficient(x[t], 1);
                }
                if (types.household[t] >= 0) {
                    home[types.household[t]].setCoefficient(x[t], 1);
                }
            }
            solver.objective().setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return List.of();
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("The integer solver stopped with status " + status);
            }
            if (solver.objective().value() < 0.5) {
                return null;
            }
            List<Change> changes = new ArrayList<>();
            for (int f = 0; f < features; f++) {
                int d = (int) Math.round(down[f].solutionValue());
                int u = (int) Math.round(up[f].solutionValue());
                if (d > 0 || u > 0) {
                    Quota q = problem.quotas.get(f);
                    changes.add(new Change(q, q.min() - d, problem.max[f] + u));
                }
            }
            return changes;
        } finally {
            solver.delete();
        }
    }

    /** Throws a message with the suggested relaxation when no panel meets the targets. */
    public static void requireFeasible(Problem problem) {
        List<Change> changes = suggest(problem);
        if (changes == null) {
            return;
        }
        if (changes.isEmpty()) {
            throw new SortitionInputException("No panel of " + problem.panelSize + " from this pool meets the targets"
                    + (problem.households > 0 ? " and the one-person-per-household rule" : "")
                    + ", even with every target relaxed as far as its min_flex/max_flex allow.");
        }
        StringBuilder m = new StringBuilder("No panel of " + problem.panelSize
                + " from this pool meets the targets. The smallest relaxation within min_flex/max_flex that works:");
        for (Change c : changes) {
            m.append("\n  ").append(c);
        }
        throw new InfeasibleQuotasException(m.toString(), changes);
    }

    /** No panel meets the targets; carries the suggested changes. */
    public static final class InfeasibleQuotasException extends SortitionInputException {
        private static final long serialVersionUID = 1L;
        private final transient List<Change> changes;

        InfeasibleQuotasException(String message, List<Change> changes) {
            super(message);
            this.changes = List.copyOf(changes);
        }

        public List<Change> changes() {
            return changes;
        }
    }
}
