package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * LEXIMIN (and MAXIMIN, its first level) after Flanigan, Gölz, Gupta, Hennig and Procaccia,
 * "Fair algorithms for selecting citizens' assemblies", Nature 596 (2021).
 *
 * <p>The lottery is a probability {@code λ_P} on each of a growing set of panels (columns). At
 * each level the master linear program maximises the smallest selection probability {@code z}
 * of the types not yet fixed, keeping every fixed type at least at its level:
 * <pre>
 *   max z   s.t.  Σ λ_P = 1,
 *                 Σ λ_P c_Pt / m_t ≥ z      (t not fixed)
 *                 Σ λ_P c_Pt / m_t ≥ v_t    (t fixed)
 * </pre>
 * Its duals {@code w_t} price panels: a panel improves the program if
 * {@code Σ w_t c_Pt / m_t} exceeds the dual {@code μ} of the first constraint, and the best
 * such panel is an integer program ({@link PanelOracle}). When no panel improves, the types whose
 * dual is positive cannot rise above {@code z} without lowering someone at {@code z}: they are
 * fixed at {@code z} and the next level begins. When every type is fixed, the last {@code λ} is
 * the lottery.
 *
 * <p>Work is saved by merging interchangeable volunteers into {@link Types}, by seeding the
 * columns with cheap greedy panels, by keeping one master program (warm-started by GLOP) and one
 * pricing model alive for the whole run, by dual smoothing, and by adding several columns per
 * linear solve: the smoothed and the plain pricing answers and their valid one-swap neighbours
 * that still price above the threshold.
 */
final class Leximin {
    private static final double TOLERANCE = 1e-7;
    private static final double DUAL_POSITIVE = 1e-7;

    private final Problem problem;
    private final Types types;
    private final Progress progress;
    private final long started = System.nanoTime();
    private final double poolKeepPerType;

    private MPSolver master;
    /**
     * One variable per level: the rise {@code d_k} of the smallest open probability over the
     * previous level. An open type's row holds {@code -d_1 ... -d_k}; a type fixed at level
     * {@code j} keeps {@code -d_1 ... -d_j}, and finished levels' {@code d} are fixed by their
     * bounds. Moving to a new level thus only adds a column and changes bounds and the
     * objective, so GLOP keeps its basis (changing the coefficient of one {@code z} in the fixed
     * rows forced a cold solve at every level).
     */
    private final List<MPVariable> steps = new ArrayList<>();
    private final List<Double> stepFixed = new ArrayList<>();
    private MPVariable z;
    private double fixedSum;
    private int[] fixedAt;
    private MPConstraint convexity;
    private MPConstraint[] cover;
    private final List<int[]> columns = new ArrayList<>();
    private final List<MPVariable> lambda = new ArrayList<>();
    private final Set<TypePanel> known = new HashSet<>();
    private final boolean[] fixed;
    private final double[] level;
    private int pricingCalls;

    Leximin(Problem problem, Types types, Progress progress) {
        this(problem, types, progress, POOL_KEEP_PER_TYPE);
    }

    /** {@code poolKeepPerType}: at a level change keep at most this many panels per type (0: keep all). */
    Leximin(Problem problem, Types types, Progress progress, double poolKeepPerType) {
        this.poolKeepPerType = poolKeepPerType;
        this.problem = problem;
        this.types = types;
        this.progress = progress;
        this.fixed = new boolean[types.count];
        this.level = new double[types.count];
        this.fixedAt = new int[types.count];
        java.util.Arrays.fill(fixedAt, -1);
    }

    /** Runs to the end (LEXIMIN) or stops after the first level (MAXIMIN). */
    TypeDistribution run(boolean maximinOnly) {
        Solvers.ensureLoaded();
        try (PanelOracle oracle = new PanelOracle(problem, types)) {
            buildMaster();
            seed(oracle);
            int fixedCount = 0;
            int round = 0;
            while (fixedCount < types.count) {
                double[] w = optimiseLevel(oracle);
                double value = levelValue();
                int newly = 0;
                int strongest = -1;
                for (int t = 0; t < types.count && !maximinOnly; t++) {
                    if (!fixed[t]) {
                        if (strongest < 0 || w[t] > w[strongest]) {
                            strongest = t;
                        }
                        if (w[t] > DUAL_POSITIVE) {
                            fix(t, value);
                            newly++;
                        }
                    }
                }
                if (maximinOnly) {
                    progress.report(String.format(java.util.Locale.ROOT, "maximin: smallest probability %.5f, %d panels, %.1f s",
                            value, columns.size(), seconds()));
                    return currentDistribution();
                }
                if (value >= 1 - TOLERANCE) {
                    // Nobody's probability can exceed 1: every type still open is at its level.
                    for (int t = 0; t < types.count; t++) {
                        if (!fixed[t]) {
                            fix(t, value);
                            newly++;
                        }
                    }
                }
                if (newly == 0) {
                    fix(strongest, value);
                    newly = 1;
                }
                fixedCount += newly;
                closeLevel(fixedCount < types.count, w);
                round++;
                progress.report(String.format(java.util.Locale.ROOT,
                        "level %d: %d of %d types fixed at %.5f; %d panels, %d pricing solves (%.1f s), %d linear solves (%.1f s), %.1f s",
                        round, fixedCount, types.count, value, columns.size(), pricingCalls, pricingNanos / 1e9,
                        lpSolves, lpNanos / 1e9, seconds()));
            }
            solveMaster();
            return currentDistribution();
        } finally {
            if (master != null) {
                master.delete();
            }
        }
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void fix(int t, double value) {
        fixed[t] = true;
        fixedAt[t] = steps.size() - 1;
        // The level's rise is fixed a hair below its value (closeLevel), so later programs stay
        // feasible despite rounding in the solver.
        level[t] = fixedSum + Math.max(0, z.solutionValue() - STEP_SLACK);
    }

    /** Fixes this level's rise by its bounds and, if types are still open, opens the next level. */
    private void closeLevel(boolean next, double[] w) {
        double d = Math.max(0, z.solutionValue() - STEP_SLACK);
        // Read the solution before changing the model (OR-Tools forgets it on any change).
        List<int[]> kept = next && poolKeepPerType > 0 && columns.size() > poolKeepPerType * types.count
                ? compactSet(w, (int) Math.ceil(poolKeepPerType * types.count)) : null;
        // Only a lower bound changes, a hair below the current value, and the objective keeps
        // its coefficient: d cannot rise above the level's optimum anyway, so it is fixed in
        // effect while the current basis stays feasible and optimal, and adding the next level's
        // column is again the kind of change column generation makes all the time (fixing d by
        // both bounds made GLOP's next solve start over: 1,700 iterations instead of 400).
        z.setLb(d);
        stepFixed.set(steps.size() - 1, d);
        fixedSum += d;
        if (next) {
            if (kept != null) {
                compactions++;
                rebuildMaster(kept);
            }
            openStep(1 - fixedSum);
        }
    }

    private void openStep(double upper) {
        MPVariable d = master.makeNumVar(0, Math.max(0, upper), "d" + steps.size());
        int k = steps.size();
        for (int t = 0; t < types.count; t++) {
            if (fixedAt[t] < 0 || fixedAt[t] >= k) {
                cover[t].setCoefficient(d, -1);
            }
        }
        master.objective().setCoefficient(d, 1);
        steps.add(d);
        stepFixed.add(null);
        z = d;
    }

    private static final double STEP_SLACK = 1e-8;
    private static final double POOL_KEEP_PER_TYPE = Double.parseDouble(System.getProperty("sortition.poolKeepPerType", "1.5"));
    private int compactions;

    /**
     * Keeps the program small at a level change: the panels the current solution uses, then the
     * others by reduced cost at the level's final duals, up to {@code keep}. Dropped panels are
     * forgotten, so pricing may bring them back.
     */
    private List<int[]> compactSet(double[] w, int keep) {
        Integer[] idx = new Integer[columns.size()];
        double[] score = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
            score[i] = lambda.get(i).solutionValue() > 1e-12 ? Double.POSITIVE_INFINITY : value(columns.get(i), w);
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(score[b], score[a]));
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            if (i < keep || score[idx[i]] == Double.POSITIVE_INFINITY) {
                kept.add(columns.get(idx[i]));
            } else {
                known.remove(new TypePanel(columns.get(idx[i])));
            }
        }
        return kept;
    }

    /** The smallest open probability in the program's solution: the sum of the levels' rises. */
    private double levelValue() {
        double v = 0;
        for (MPVariable d : steps) {
            v += d.solutionValue();
        }
        return v;
    }

    private com.google.ortools.linearsolver.MPSolverParameters lpParameters;

    /** Settings for a master program that grows by columns (also used by {@link Decomposition}). */
    static com.google.ortools.linearsolver.MPSolverParameters lpParameters() {
        Solvers.ensureLoaded();
        var p = new com.google.ortools.linearsolver.MPSolverParameters();
        // Without presolve GLOP keeps its basis when columns are added: each solve is a warm start.
        p.setIntegerParam(com.google.ortools.linearsolver.MPSolverParameters.IntegerParam.PRESOLVE,
                com.google.ortools.linearsolver.MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
        p.setIntegerParam(com.google.ortools.linearsolver.MPSolverParameters.IntegerParam.INCREMENTALITY,
                com.google.ortools.linearsolver.MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON.swigValue());
        if (!Boolean.getBoolean("sortition.scaling")) {
            p.setIntegerParam(com.google.ortools.linearsolver.MPSolverParameters.IntegerParam.SCALING,
                    com.google.ortools.linearsolver.MPSolverParameters.ScalingValues.SCALING_OFF.swigValue());
        }
        return p;
    }

    private void buildMaster() {
        if (lpParameters == null) {
            lpParameters = lpParameters();
        }
        master = MPSolver.createSolver("GLOP");
        if (!GLOP_PARAMS.isBlank()) {
            master.setSolverSpecificParametersAsString(GLOP_PARAMS);
        }
        convexity = master.makeConstraint(1, 1, "convexity");
        cover = new MPConstraint[types.count];
        for (int t = 0; t < types.count; t++) {
            cover[t] = master.makeConstraint(0, MPSolver.infinity(), "cover" + t);
        }
        master.objective().setMaximization();
        List<Double> old = new ArrayList<>(stepFixed);
        steps.clear();
        stepFixed.clear();
        for (Double f : old) {
            openStep(1);
            if (f != null) {
                z.setLb(f);
                stepFixed.set(steps.size() - 1, f);
            }
        }
        if (old.isEmpty()) {
            openStep(1);
        }
    }

    /** Starting columns: greedy panels (no solver needed) and one exact panel so the program is feasible. */
    private void seed(PanelOracle oracle) {
        SplittableRandom random = new SplittableRandom(20210804L);
        LegacyGreedy greedy = new LegacyGreedy(problem);
        for (int i = 0; i < 200; i++) {
            int[] persons = greedy.sample(random, 20);
            if (persons == null) {
                break;
            }
            int[] counts = new int[types.count];
            for (int p : persons) {
                counts[types.typeOf[p]]++;
            }
            addColumn(counts);
        }
        // Until every type is on some panel the program's value is 0 and its duals say little:
        // ask for panels that take as many uncovered types as possible (a few solves instead of
        // hundreds of rounds of column generation at z = 0).
        boolean[] covered = new boolean[types.count];
        for (int[] c : columns) {
            PanelOracle.cover(c, covered);
        }
        while (true) {
            boolean[] wanted = new boolean[types.count];
            boolean open = false;
            for (int t = 0; t < types.count; t++) {
                wanted[t] = !covered[t];
                open |= wanted[t];
            }
            int[] panel = oracle.covering(wanted, random);
            pricingCalls++;
            if (panel == null) {
                throw new SortitionInputException("No panel meets all the targets together with the household rule.");
            }
            addColumn(panel);
            if (!open || !PanelOracle.cover(panel, covered)) {
                break; // all covered, or the rest can never be selected
            }
        }
    }

    private boolean addColumn(int[] counts) {
        if (!known.add(new TypePanel(counts))) {
            return false;
        }
        appendColumn(counts);
        return true;
    }

    private void appendColumn(int[] counts) {
        MPVariable v = master.makeNumVar(0, MPSolver.infinity(), "l" + columns.size());
        convexity.setCoefficient(v, 1);
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0) {
                cover[t].setCoefficient(v, (double) counts[t] / types.size(t));
            }
        }
        columns.add(counts);
        lambda.add(v);
    }

    private int lpSolves;
    private long lpNanos;
    private long pricingNanos;
    private long lastReport = System.nanoTime();
    private static final long REPORT_EVERY_NANOS = 15_000_000_000L;

    private void solveMaster() {
        lpSolves++;
        long t0 = System.nanoTime();
        MPSolver.ResultStatus status = master.solve(lpParameters);
        lpNanos += System.nanoTime() - t0;
        if (LP_DEBUG) {
            System.err.printf("lp %d (step %d): %d cols, %d iterations, %.3f s%n", lpSolves, steps.size(), columns.size(), master.iterations(), (System.nanoTime() - t0) / 1e9);
        }
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            // Fall back: a fresh program over the same columns, without the old basis.
            rebuildMaster();
            status = master.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                // Then: loosen the fixed levels by a hair, in case rounding made them clash.
                fixedSum = 0;
                for (int i = 0; i < stepFixed.size(); i++) {
                    if (stepFixed.get(i) != null) {
                        stepFixed.set(i, Math.max(0, stepFixed.get(i) - 1e-6));
                        fixedSum += stepFixed.get(i);
                    }
                }
                for (int t = 0; t < types.count; t++) {
                    if (fixed[t]) {
                        double l = 0;
                        for (int i = 0; i <= fixedAt[t]; i++) {
                            l += stepFixed.get(i);
                        }
                        level[t] = l;
                    }
                }
                rebuildMaster();
                status = master.solve();
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("The linear solver stopped with status " + status);
            }
        }
    }

    private void rebuildMaster() {
        rebuildMaster(new ArrayList<>(columns));
    }

    private void rebuildMaster(List<int[]> old) {
        master.delete();
        columns.clear();
        lambda.clear();
        buildMaster();
        for (int[] c : old) {
            appendColumn(c);
        }
    }

    /**
     * Column generation for one level, with dual smoothing (Wentges): panels are priced at a
     * point between the best dual found so far (the stability centre) and the program's current
     * duals, which cuts the zig-zag of plain column generation. Every pricing answer also gives an
     * upper bound on the level ({@code best weight - Σ fixed v_t w_t}), so the level ends as soon
     * as the bound meets the program's value. A last exact pricing at the program's own duals
     * confirms them; they decide which types get fixed.
     */
    private double[] optimiseLevel(PanelOracle oracle) {
        double[] centre = null;
        double bestBound = Double.POSITIVE_INFINITY;
        while (true) {
            solveMaster();
            double zLp = levelValue();
            double[] w = duals();
            double[] values = new double[columns.size()];
            double mu = 0;
            for (int i = 0; i < values.length; i++) {
                values[i] = value(columns.get(i), w);
                mu = Math.max(mu, values[i]);
            }
            if (centre == null) {
                centre = w;
            }
            double alpha = bestBound - zLp <= TOLERANCE ? 0 : SMOOTHING;
            while (true) {
                double[] price = new double[types.count];
                for (int t = 0; t < types.count; t++) {
                    price[t] = alpha * centre[t] + (1 - alpha) * w[t];
                }
                int[] best = price(oracle, price);
                if (best == null) {
                    return w;
                }
                double bound = oracle.lastValue() - fixedCredit(price);
                if (bound < bestBound) {
                    bestBound = bound;
                    centre = price;
                }
                if (System.nanoTime() - lastReport > REPORT_EVERY_NANOS) {
                    lastReport = System.nanoTime();
                    progress.report(String.format(java.util.Locale.ROOT,
                            "  level in progress: smallest probability between %.5f and %.5f; %d panels, %d pricing solves",
                            zLp, bestBound, columns.size(), pricingCalls));
                }
                boolean improves = value(best, w) > mu + TOLERANCE;
                if (improves) {
                    addColumn(best);
                    double[] unit = unit(w);
                    for (int[] neighbour : Swaps.improving(problem, types, best, unit, mu + TOLERANCE, NEIGHBOURS)) {
                        addColumn(neighbour);
                    }
                    if (EXTRA_PRICING && alpha > 0) {
                        // A second opinion at the program's own duals: one more column per linear solve.
                        int[] plain = price(oracle, w);
                        if (plain != null && value(plain, w) > mu + TOLERANCE && addColumn(plain)) {
                            for (int[] neighbour : Swaps.improving(problem, types, plain, unit, mu + TOLERANCE, NEIGHBOURS)) {
                                addColumn(neighbour);
                            }
                        }
                    }
                    break;
                }
                if (alpha == 0) {
                    return w; // exact pricing at the program's duals found nothing better
                }
                alpha = bestBound - zLp <= TOLERANCE || alpha < 0.05 ? 0 : alpha / 2;
            }
        }
    }

    private static final String GLOP_PARAMS = System.getProperty("sortition.glopParams", "");
    private static final boolean LP_DEBUG = Boolean.getBoolean("sortition.lpdebug");
    private static final double SMOOTHING = Double.parseDouble(System.getProperty("sortition.smoothing", "0.7"));
    private static final int NEIGHBOURS = Integer.getInteger("sortition.neighbours", 8);
    // A second pricing solve at the plain duals per linear solve: off, measured slower now that the
    // master is the bottleneck (1,000/100, three levels: 38 s with it, 30 s without).
    private static final boolean EXTRA_PRICING = Boolean.getBoolean("sortition.extraPricing");
    private int[] price(PanelOracle oracle, double[] w) {
        long t0 = System.nanoTime();
        int[] best = oracle.best(unit(w));
        pricingNanos += System.nanoTime() - t0;
        pricingCalls++;
        return best;
    }

    private double[] unit(double[] w) {
        double[] unit = new double[types.count];
        for (int t = 0; t < types.count; t++) {
            unit[t] = w[t] / types.size(t);
        }
        return unit;
    }

    /** {@code Σ v_t w_t} over the fixed types. */
    private double fixedCredit(double[] w) {
        double s = 0;
        for (int t = 0; t < types.count; t++) {
            if (fixed[t]) {
                s += level[t] * w[t];
            }
        }
        return s;
    }

    private double value(int[] counts, double[] w) {
        double s = 0;
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0) {
                s += w[t] * counts[t] / types.size(t);
            }
        }
        return s;
    }

    /** Non-negative duals of the cover rows, whatever sign convention the solver uses. */
    private double[] duals() {
        double[] d = new double[types.count];
        double unfixedSum = 0;
        for (int t = 0; t < types.count; t++) {
            d[t] = cover[t].dualValue();
            if (!fixed[t]) {
                unfixedSum += d[t];
            }
        }
        double sign = unfixedSum < 0 ? -1 : 1;
        for (int t = 0; t < types.count; t++) {
            d[t] = Math.max(0, sign * d[t]);
        }
        return d;
    }

    private TypeDistribution currentDistribution() {
        return TypeDistribution.fromSolution(columns, lambda, 1e-9);
    }

    /** How many times the program was cut down to its best panels at a level change. */
    int compactions() {
        return compactions;
    }

    int pricingCalls() {
        return pricingCalls;
    }
}
