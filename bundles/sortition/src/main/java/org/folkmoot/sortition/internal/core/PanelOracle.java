package org.folkmoot.sortition.internal.core;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The pricing problem as an integer program: the valid panel (quotas, panel size, at most one
 * person per household) with the largest total weight. The model is built once; each call only
 * changes the objective, so the solver keeps its presolve and memory.
 */
final class PanelOracle implements AutoCloseable {
    private final Types types;
    private final MPSolver solver;
    private final MPVariable[] x;
    private final MPObjective objective;
    private final Problem problem;
    private final MPConstraint[] quota;
    private final MPConstraint[] home;
    private final MPSolverParameters parameters;
    private double lastValue;
    private double lastBound;
    // Measured on 1,000/100 (first two levels): without cutting-plane rounds and presolve each
    // pricing solve takes about 30 ms instead of 77 ms; the model is small and re-solved hundreds
    // of times with only the objective changed, so neither pays for itself.
    private static final String DEFAULT_PARAMS = "separating/maxrounds = 0;separating/maxroundsroot = 0;presolving/maxrounds = 0";

    PanelOracle(Problem problem, Types types) {
        Solvers.ensureLoaded();
        this.types = types;
        this.problem = problem;
        // Exact answers: with the default relative gap (1e-4) a panel that improves by less
        // would be missed, and a bound meant as a cut would not be one.
        parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        MPSolver s = MPSolver.createSolver("SCIP");
        if (s == null) {
            s = MPSolver.createSolver("CBC");
        }
        if (s == null) {
            throw new IllegalStateException("No integer solver (SCIP or CBC) in this OR-Tools build");
        }
        solver = s;
        String params = System.getProperty("sortition.scipParams", DEFAULT_PARAMS).replace(';', '\n');
        if (!params.isBlank() && s.problemType() == MPSolver.OptimizationProblemType.SCIP_MIXED_INTEGER_PROGRAMMING) {
            s.setSolverSpecificParametersAsString(params);
        }
        x = new MPVariable[types.count];
        for (int t = 0; t < types.count; t++) {
            x[t] = solver.makeIntVar(0, types.size(t), "x" + t);
        }
        MPConstraint size = solver.makeConstraint(problem.panelSize, problem.panelSize, "size");
        for (MPVariable v : x) {
            size.setCoefficient(v, 1);
        }
        quota = new MPConstraint[problem.features()];
        for (int f = 0; f < quota.length; f++) {
            quota[f] = solver.makeConstraint(problem.min[f], problem.max[f], "q" + f);
        }
        home = new MPConstraint[problem.households];
        for (int h = 0; h < home.length; h++) {
            home[h] = solver.makeConstraint(0, 1, "h" + h);
        }
        for (int t = 0; t < types.count; t++) {
            for (int f : types.features[t]) {
                quota[f].setCoefficient(x[t], 1);
            }
            if (types.household[t] >= 0) {
                home[types.household[t]].setCoefficient(x[t], 1);
            }
        }
        objective = solver.objective();
        objective.setMaximization();
    }

    /**
     * The valid panel maximising the sum of {@code unitWeight[t] * count[t]}, or null when no
     * valid panel exists.
     */
    int[] best(double[] unitWeight) {
        for (int t = 0; t < x.length; t++) {
            objective.setCoefficient(x[t], unitWeight[t]);
        }
        MPSolver.ResultStatus status = solver.solve(parameters);
        if (status == MPSolver.ResultStatus.INFEASIBLE) {
            return null;
        }
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            throw new IllegalStateException("The integer solver stopped with status " + status);
        }
        int[] counts = new int[x.length];
        double value = 0;
        for (int t = 0; t < x.length; t++) {
            counts[t] = (int) Math.round(x[t].solutionValue());
            value += counts[t] * unitWeight[t];
        }
        lastValue = value;
        lastBound = Math.max(value, objective.bestBound());
        return counts;
    }

    /** The weight of the last panel found. */
    double lastValue() {
        return lastValue;
    }

    /** A proven upper bound on the weight of any valid panel at the last call's weights. */
    double lastBound() {
        return lastBound;
    }

    /**
     * Restricts the search to panels on the smallest face of the quota polytope that holds the
     * given expected counts (a bound within {@code tolerance} counts as met): a type at 0 or at its full size stays there, and a quota, a household
     * or a type bound that the counts meet exactly is met exactly. Every panel of a lottery whose
     * expected counts are these lies on that face.
     */
    void restrictToFace(double[] expectedCount, double tolerance) {
        for (int t = 0; t < x.length; t++) {
            double c = expectedCount[t];
            int m = types.size(t);
            x[t].setBounds(c >= m - tolerance ? m : 0, c <= tolerance ? 0 : m);
        }
        double[] sum = new double[quota.length];
        double[] homeSum = new double[home.length];
        for (int t = 0; t < x.length; t++) {
            for (int f : types.features[t]) {
                sum[f] += expectedCount[t];
            }
            if (types.household[t] >= 0) {
                homeSum[types.household[t]] += expectedCount[t];
            }
        }
        for (int f = 0; f < quota.length; f++) {
            // One-sided: a bound broken by rounding counts as met exactly.
            boolean atMin = sum[f] - problem.min[f] <= tolerance;
            boolean atMax = problem.max[f] - sum[f] <= tolerance;
            quota[f].setBounds(atMax ? problem.max[f] : problem.min[f], atMin ? problem.min[f] : problem.max[f]);
        }
        for (int h = 0; h < home.length; h++) {
            home[h].setBounds(homeSum[h] >= 1 - tolerance ? 1 : 0, 1);
        }
    }

    /** Undoes {@link #restrictToFace}: every valid panel again. */
    void releaseFace() {
        for (int t = 0; t < x.length; t++) {
            x[t].setBounds(0, types.size(t));
        }
        for (int f = 0; f < quota.length; f++) {
            quota[f].setBounds(problem.min[f], problem.max[f]);
        }
        for (MPConstraint h : home) {
            h.setBounds(0, 1);
        }
    }


    @Override
    public void close() {
        solver.delete();
    }
}
