package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * LEXIMIN by way of the linear relaxation: the fast path, exact when it ends.
 *
 * <p>The lotteries' type probabilities form the convex hull of the valid panels (in probability
 * terms {@code c_t / m_t}). That hull lies inside the <em>relaxation</em>: the polytope of
 * fractional panels that meet the quotas, the panel size and the household rule. The leximin point
 * of a polytope of a few hundred variables and a few dozen constraints is a sequence of small
 * linear programs, a fraction of a second in all. If the point found is also in the hull, that is,
 * if some lottery over valid panels gives exactly these probabilities, it is the leximin point of
 * the hull too (nothing in the hull can beat what beats all of the larger polytope).
 * {@link Decomposition} looks for that lottery by column generation against the now known
 * target. When it cannot exist, the decomposition's prices give a cut: a linear inequality that
 * every valid panel meets and the point does not. The cut joins the relaxation and the leximin
 * point is computed again.
 *
 * <p>Quota polytopes are often close to integral: on the benchmark pools (7 categories, 500 to
 * 2,000 volunteers) the relaxation's leximin point was the answer, with no cut. Where it keeps
 * needing cuts (small pools with households, say) the caller falls back to {@link Leximin}, the
 * paper's level-by-level column generation, after {@link #MAX_CUTS}.
 */
final class LinearLeximin {
    /** A valid inequality for every panel's probabilities: {@code Σ weight[t] * p_t <= bound}. */
    record Cut(double[] weight, double bound) {
    }

    static final int MAX_CUTS = Integer.getInteger("sortition.maxCuts", 40);
    private static final double DUAL_POSITIVE = 1e-9;
    private static final double LEVEL_SLACK = 1e-9;
    /** A level this close to 1 is 1: nobody can rise further (5,000 volunteers: 1 - 2.4e-9). */
    private static final double AT_ONE = 1e-7;

    private LinearLeximin() {
    }

    /** The LEXIMIN lottery, or null when {@link #MAX_CUTS} cuts did not bring the relaxation to the hull. */
    static TypeDistribution run(Problem problem, Types types, Progress progress) {
        return run(problem, types, progress, MAX_CUTS);
    }

    static TypeDistribution run(Problem problem, Types types, Progress progress, int maxCuts) {
        long started = System.nanoTime();
        List<Cut> cuts = new ArrayList<>();
        try (PanelOracle oracle = new PanelOracle(problem, types);
                Decomposition decomposition = new Decomposition(problem, types, oracle, progress)) {
            while (true) {
                double[] target = leximin(problem, types, cuts);
                if (target == null) {
                    progress.report("the linear solver could not finish the relaxation's levels; continuing level by level");
                    return null;
                }
                progress.report(String.format(Locale.ROOT,
                        "linear relaxation%s: smallest probability %.5f; finding a lottery that gives every volunteer theirs, %.1f s",
                        cuts.isEmpty() ? "" : " with " + cuts.size() + (cuts.size() == 1 ? " cut" : " cuts"),
                        min(target), seconds(started)));
                Decomposition.Outcome outcome = decomposition.reach(target);
                if (outcome.lottery() != null) {
                    progress.report(String.format(Locale.ROOT, "lottery found: %d panels, %.1f s",
                            outcome.lottery().panels().size(), seconds(started)));
                    return outcome.lottery();
                }
                cuts.add(outcome.cut());
                if (cuts.size() >= maxCuts) {
                    progress.report(cuts.size() + " cuts did not close the gap to the valid panels;"
                            + " continuing level by level");
                    return null;
                }
            }
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /**
     * The leximin point of the relaxation (with the cuts): per type, the probability of each of its
     * members. Level by level: raise the smallest open probability as far as it goes, then fix the
     * types whose rows have a positive dual (they cannot rise without lowering someone at that
     * level), until every type is fixed. Null if the linear solver fails even with the fixed
     * levels loosened by up to 1e-6.
     */
    static double[] leximin(Problem problem, Types types, List<Cut> cuts) {
        Solvers.ensureLoaded();
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            int n = types.count;
            MPVariable[] p = new MPVariable[n];
            for (int t = 0; t < n; t++) {
                p[t] = lp.makeNumVar(0, 1, "p" + t);
            }
            MPConstraint size = lp.makeConstraint(problem.panelSize, problem.panelSize, "size");
            MPConstraint[] quota = new MPConstraint[problem.features()];
            for (int f = 0; f < quota.length; f++) {
                quota[f] = lp.makeConstraint(problem.min[f], problem.max[f], "q" + f);
            }
            MPConstraint[] home = new MPConstraint[problem.households];
            for (int h = 0; h < home.length; h++) {
                home[h] = lp.makeConstraint(0, 1, "h" + h);
            }
            for (int t = 0; t < n; t++) {
                int m = types.size(t);
                size.setCoefficient(p[t], m);
                for (int f : types.features[t]) {
                    quota[f].setCoefficient(p[t], m);
                }
                if (types.household[t] >= 0) {
                    home[types.household[t]].setCoefficient(p[t], m);
                }
            }
            for (Cut cut : cuts) {
                MPConstraint row = lp.makeConstraint(-MPSolver.infinity(), cut.bound());
                for (int t = 0; t < n; t++) {
                    if (cut.weight()[t] != 0) {
                        row.setCoefficient(p[t], cut.weight()[t]);
                    }
                }
            }
            MPVariable z = lp.makeNumVar(0, 1, "z");
            MPConstraint[] atLeast = new MPConstraint[n];
            for (int t = 0; t < n; t++) {
                atLeast[t] = lp.makeConstraint(0, MPSolver.infinity(), "l" + t);
                atLeast[t].setCoefficient(p[t], 1);
                atLeast[t].setCoefficient(z, -1);
            }
            lp.objective().setCoefficient(z, 1);
            lp.objective().setMaximization();
            boolean[] fixed = new boolean[n];
            double[] point = new double[n];
            int open = n;
            while (open > 0) {
                MPSolver.ResultStatus status = lp.solve();
                for (double loosen = 1e-8; status != MPSolver.ResultStatus.OPTIMAL && loosen <= 1e-6; loosen *= 10) {
                    // Rounding: loosen every fixed level a little more and solve afresh.
                    for (int t = 0; t < n; t++) {
                        if (fixed[t]) {
                            atLeast[t].setLb(Math.max(0, atLeast[t].lb() - loosen));
                        }
                    }
                    lp.reset();
                    status = lp.solve();
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    return null;
                }
                double value = z.solutionValue();
                // The point itself, not the levels: each type is held a hair below its level (so
                // the programs stay feasible despite rounding), and the levels summed could exceed
                // a quota by that hair times the number of types. Read before the model changes.
                for (int t = 0; t < n; t++) {
                    point[t] = Math.min(1, Math.max(0, p[t].solutionValue()));
                }
                int strongest = -1;
                List<Integer> newly = new ArrayList<>();
                for (int t = 0; t < n; t++) {
                    if (!fixed[t]) {
                        double dual = Math.abs(atLeast[t].dualValue());
                        if (strongest < 0 || dual > Math.abs(atLeast[strongest].dualValue())) {
                            strongest = t;
                        }
                        if (dual > DUAL_POSITIVE || value >= 1 - AT_ONE) {
                            newly.add(t);
                        }
                    }
                }
                if (newly.isEmpty()) {
                    newly.add(strongest);
                }
                for (int t : newly) {
                    fixed[t] = true;
                    atLeast[t].setCoefficient(z, 0);
                    // Below both the level and the type's own value in this solution, so that the
                    // solution stays feasible: 5,000 volunteers' programs turned infeasible when
                    // rounding put a type 1e-9 under its level and the bound was the level's.
                    atLeast[t].setLb(Math.max(0, Math.min(value, point[t]) - LEVEL_SLACK));
                }
                open -= newly.size();
            }
            return point;
        } finally {
            lp.delete();
        }
    }
}
