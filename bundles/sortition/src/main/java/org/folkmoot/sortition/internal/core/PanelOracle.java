package org.folkmoot.sortition.internal.core;

import java.util.SplittableRandom;

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
    private final boolean integer;
    private final String scipParams;
    private MPSolver.ResultStatus lastStatus;
    private double lastValue;
    private double lastBound;
    // Measured on 1,000/100 (first two levels): without cutting-plane rounds and presolve each
    // pricing solve takes about 30 ms instead of 77 ms; the model is small and re-solved hundreds
    // of times with only the objective changed, so neither pays for itself.
    private static final String DEFAULT_PARAMS = "separating/maxrounds = 0;separating/maxroundsroot = 0;presolving/maxrounds = 0";

    PanelOracle(Problem problem, Types types) {
        this(problem, types, true);
    }

    /**
     * {@code integer = false} gives the linear relaxation, solved by GLOP: {@link #best} then
     * answers with an optimal vertex if it is a whole panel and null otherwise (on an integral
     * face, a vertex is a panel, at a fraction of the integer program's cost).
     */
    PanelOracle(Problem problem, Types types, boolean integer) {
        Solvers.ensureLoaded();
        this.types = types;
        this.problem = problem;
        this.integer = integer;
        // Exact answers: with the default relative gap (1e-4) a panel that improves by less
        // would be missed, and a bound meant as a cut would not be one.
        parameters = new MPSolverParameters();
        if (integer) {
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        }
        MPSolver s = MPSolver.createSolver(integer ? "SCIP" : "GLOP");
        if (s == null && integer) {
            s = MPSolver.createSolver("CBC");
        }
        if (s == null) {
            throw new IllegalStateException("No integer solver (SCIP or CBC) in this OR-Tools build");
        }
        solver = s;
        scipParams = System.getProperty("sortition.scipParams", DEFAULT_PARAMS).replace(';', '\n');
        if (!scipParams.isBlank() && s.problemType() == MPSolver.OptimizationProblemType.SCIP_MIXED_INTEGER_PROGRAMMING) {
            s.setSolverSpecificParametersAsString(scipParams);
        }
        x = new MPVariable[types.count];
        for (int t = 0; t < types.count; t++) {
            x[t] = integer ? solver.makeIntVar(0, types.size(t), "x" + t) : solver.makeNumVar(0, types.size(t), "x" + t);
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
     * valid panel exists (for the relaxation: also when the optimal vertex is not a whole panel).
     */
    int[] best(double[] unitWeight) {
        return best(unitWeight, parameters);
    }

    /**
     * A valid panel whose weight is within {@code relativeGap} of the best, or the best found in
     * {@code nodes} branch-and-bound nodes when proving that takes longer (SCIP only; a node limit
     * rather than a time limit, so that the answer does not depend on the machine); null when
     * none exists.
     */
    int[] good(double[] unitWeight, double relativeGap, long nodes) {
        MPSolverParameters p = new MPSolverParameters();
        p.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        boolean scip = solver.problemType() == MPSolver.OptimizationProblemType.SCIP_MIXED_INTEGER_PROGRAMMING;
        try {
            if (scip) {
                solver.setSolverSpecificParametersAsString(scipParams + "\nlimits/nodes = " + nodes);
            }
            int[] panel = best(unitWeight, p);
            if (panel == null && scip && lastStatus == MPSolver.ResultStatus.NOT_SOLVED) {
                solver.setSolverSpecificParametersAsString(scipParams + "\nlimits/nodes = -1");
                panel = best(unitWeight, p); // no panel within the limit: no limit then
            }
            return panel;
        } finally {
            if (scip) {
                solver.setSolverSpecificParametersAsString(scipParams + "\nlimits/nodes = -1");
            }
            p.delete();
        }
    }

    private int[] best(double[] unitWeight, MPSolverParameters settings) {
        for (int t = 0; t < x.length; t++) {
            objective.setCoefficient(x[t], unitWeight[t]);
        }
        MPSolver.ResultStatus status = solver.solve(settings);
        if (status == MPSolver.ResultStatus.ABNORMAL) {
            // Fall back once to a model extracted afresh (see faceChanged for the case seen).
            solver.reset();
            status = solver.solve(settings);
        }
        lastStatus = status;
        if (status == MPSolver.ResultStatus.INFEASIBLE
                || status == MPSolver.ResultStatus.NOT_SOLVED && settings != parameters) {
            return null;
        }
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            throw new IllegalStateException("The integer solver stopped with status " + status);
        }
        int[] counts = new int[x.length];
        double value = 0;
        for (int t = 0; t < x.length; t++) {
            double v = x[t].solutionValue();
            counts[t] = (int) Math.round(v);
            if (!integer && Math.abs(v - counts[t]) > 1e-6) {
                return null;
            }
            value += counts[t] * unitWeight[t];
        }
        lastValue = value;
        lastBound = integer ? Math.max(value, objective.bestBound()) : objective.value();
        return counts;
    }

    /**
     * The panel taking as many of the wanted types as possible (for starting columns): each wanted
     * member weighs 1 to 2 and anyone else under 0.01, at random. Null when no valid panel exists.
     */
    int[] covering(boolean[] wanted, SplittableRandom random) {
        double[] unit = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            unit[t] = (wanted[t] ? 1 + random.nextDouble() : 0.01 * random.nextDouble()) / types.size(t);
        }
        return best(unit);
    }

    /** Marks the types on the panel as covered; whether any was not before. */
    static boolean cover(int[] panel, boolean[] covered) {
        boolean progress = false;
        for (int t = 0; t < panel.length; t++) {
            if (panel[t] > 0 && !covered[t]) {
                covered[t] = true;
                progress = true;
            }
        }
        return progress;
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
     * given expected counts: a type at 0 or at its full size stays there, and a quota or a
     * household that the counts meet exactly is met exactly (within {@code tolerance}, or broken
     * by rounding). Every panel of a lottery whose expected counts are these lies on that face.
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
        faceChanged();
    }

    /**
     * SCIP makes an integer variable whose bounds are within [0, 1] when the model is handed over
     * a binary one, and then refuses wider bounds ("invalid bounds [-0,2] for binary variable")
     * and the solve ends ABNORMAL. After bounds move, the model is handed over afresh.
     */
    private void faceChanged() {
        if (integer) {
            solver.reset();
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
        faceChanged();
    }


    @Override
    public void close() {
        parameters.delete();
        solver.delete();
    }
}
