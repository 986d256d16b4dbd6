package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Finds a lottery over valid panels that gives each type a known target probability, or proves
 * that none exists with a cut (see {@link LinearLeximin}).
 *
 * <p>First Carathéodory's walk ({@link #walk}), which on the benchmark pools places the whole
 * target on about one panel per dimension. What it leaves goes to column generation on
 * <pre>
 *   max z   s.t.  Σ λ_P = 1,   Σ λ_P c_Pt / (m_t x_t) ≥ z   (every type t with x_t > 0),   z ≤ 1
 * </pre>
 * where {@code x_t} is the target. {@code z = 1} is a lottery reaching every target (and since every
 * panel has the same size, reaching them all means meeting them exactly). For prices {@code y ≥ 0}
 * summing to 1, the best panel's weight {@code Σ y_t c_Pt / (m_t x_t)} bounds {@code z} from above;
 * a bound below 1 is the cut {@code Σ (y_t / x_t) p_t ≤ bound}, which every valid panel meets and
 * the target breaks. Pricing first searches only the face of the relaxation that the target lies
 * on (every panel of an exact lottery lies there, and the integer program is smaller); a cut must
 * hold for every panel, so it is confirmed without that restriction. Dual smoothing, the pricing
 * answer's one-swap neighbours as extra columns, and a warm GLOP program, as in {@link Leximin}.
 */
final class Decomposition implements AutoCloseable {
    private static final double REACHED = 1 - 1e-6;
    private static final double ACCEPT = 1 - 1e-5;
    private static final double CUT_BELOW = 1 - 1e-6;
    private static final double TOLERANCE = 1e-9;
    private static final double SMOOTHING = 0.7;
    private static final int NEIGHBOURS = 8;
    private static final long REPORT_EVERY_NANOS = 15_000_000_000L;

    /** Either a lottery reaching the target or a cut separating it from every lottery. */
    record Outcome(TypeDistribution lottery, LinearLeximin.Cut cut) {
    }

    private final Problem problem;
    private final Types types;
    private final PanelOracle oracle;
    /** The relaxation over the same constraints: its optimal vertex on a face, when whole, is a panel found cheaply. */
    private final PanelOracle vertices;
    private final Progress progress;
    private final List<int[]> columns = new ArrayList<>();
    private final Set<TypePanel> known = new HashSet<>();
    private final MPSolverParameters parameters = Leximin.lpParameters();
    private MPSolver master;
    private MPConstraint convexity;
    private MPConstraint[] row;
    private final List<MPVariable> lambda = new ArrayList<>();
    private MPVariable z;
    private double[] target;
    private long lastReport = System.nanoTime();
    private int pricingCalls;
    private int linearSolves;

    Decomposition(Problem problem, Types types, PanelOracle oracle, Progress progress) {
        this.problem = problem;
        this.types = types;
        this.oracle = oracle;
        this.vertices = new PanelOracle(problem, types, false);
        this.progress = progress;
    }

    Outcome reach(double[] x) {
        target = x;
        buildMaster();
        double[] expected = new double[types.count];
        for (int t = 0; t < types.count; t++) {
            expected[t] = x[t] * types.size(t);
        }
        TypeDistribution walked = walk(expected);
        if (walked != null) {
            return new Outcome(walked, null);
        }
        oracle.restrictToFace(expected, 1e-6);
        boolean onFace = true;
        if (columns.isEmpty()) {
            seed();
        }
        if (columns.isEmpty()) {
            oracle.releaseFace(); // no panel on the face: the target is out of reach, which pricing will show
            onFace = false;
            seed();
        }
        double[] centre = null;
        double bestBound = Double.POSITIVE_INFINITY;
        while (true) {
            double value = solveMaster();
            if (value >= REACHED) {
                return new Outcome(lottery(), null);
            }
            double[] w = duals();
            double mu = 0;
            for (int[] c : columns) {
                mu = Math.max(mu, value(c, w));
            }
            if (centre == null) {
                centre = w;
            }
            double alpha = bestBound - value <= TOLERANCE ? 0 : SMOOTHING;
            while (true) {
                double[] price = new double[types.count];
                for (int t = 0; t < types.count; t++) {
                    price[t] = alpha * centre[t] + (1 - alpha) * w[t];
                }
                int[] best = price(price);
                if (best == null && !onFace) {
                    throw new SortitionInputException("No panel meets all the targets together with the household rule.");
                }
                double bound = best == null ? Double.NEGATIVE_INFINITY : oracle.lastBound();
                if (bound < bestBound) {
                    bestBound = bound;
                    centre = price;
                }
                if (bestBound < CUT_BELOW || alpha == 0 && best != null && value(best, w) <= mu + TOLERANCE) {
                    if (value >= ACCEPT && bestBound >= CUT_BELOW) {
                        return new Outcome(lottery(), null); // as close as the solvers' tolerances allow
                    }
                    if (onFace) {
                        // The face holds no lottery reaching the target; confirm over all panels.
                        oracle.releaseFace();
                        onFace = false;
                        if (price(centre) == null) {
                            throw new SortitionInputException("No panel meets all the targets together with the household rule.");
                        }
                        bestBound = oracle.lastBound();
                        if (bestBound >= CUT_BELOW) {
                            break; // panels off the face may still help: go on without the restriction
                        }
                    }
                    return new Outcome(null, cut(centre, bestBound));
                }
                report(value, bestBound);
                if (best != null && value(best, w) > mu + TOLERANCE) {
                    addColumn(best);
                    for (int[] neighbour : Swaps.improving(problem, types, best, unit(w), mu + TOLERANCE, NEIGHBOURS)) {
                        addColumn(neighbour);
                    }
                    break;
                }
                alpha = alpha < 0.05 ? 0 : alpha / 2;
            }
        }
    }

    private LinearLeximin.Cut cut(double[] price, double bound) {
        double[] weight = new double[types.count];
        for (int t = 0; t < types.count; t++) {
            weight[t] = row[t] == null ? 0 : price[t] / target[t];
        }
        return new LinearLeximin.Cut(weight, bound);
    }

    private void report(double value, double bound) {
        if (System.nanoTime() - lastReport > REPORT_EVERY_NANOS) {
            lastReport = System.nanoTime();
            progress.report(String.format(Locale.ROOT,
                    "  share of the targets reached: between %.5f and %.5f; %d panels, %d pricing and %d linear solves",
                    value, Math.min(1, bound), columns.size(), pricingCalls, linearSolves));
        }
    }

    /**
     * Carathéodory's walk: take a valid panel {@code P} on the smallest face holding the (scaled)
     * remaining counts {@code R} of mass {@code μ}, give it the largest weight {@code θ} that keeps
     * {@code (R - θP) / (μ - θ)} inside the relaxation, and go on from there: each step lands on a
     * smaller face, so the walk ends after at most one step per dimension, with that many panels.
     * It needs a valid panel on every face it meets, which holds when the relaxation's faces are
     * integral (on the benchmark pools they were); when a face has none the walk stops, and its
     * panels seed the column generation. Null unless the walk reached the end.
     */
    private TypeDistribution walk(double[] expected) {
        int n = types.count;
        double[] rest = expected.clone();
        double mass = 1;
        List<int[]> panels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double[] point = new double[n];
        double[] unit = new double[n];
        while (mass > WALK_DONE) {
            for (int t = 0; t < n; t++) {
                point[t] = rest[t] / mass;
                // Weighted by what is left to place; plus a tie-break under 1e-6 from the type's
                // index (a fixed hash), so that equal weights do not leave the choice to the solver.
                unit[t] = point[t] / types.size(t) + 1e-6 * ((t * 0x9E3779B9L >>> 7) % 1000) / 1000;
            }
            double tolerance = Math.min(1e-3, WALK_TOLERANCE / mass);
            vertices.restrictToFace(point, tolerance);
            int[] panel = vertices.best(unit);
            if (panel == null) {
                oracle.restrictToFace(point, tolerance);
                panel = oracle.good(unit, WALK_GAP, WALK_NODES);
                pricingCalls++;
            }
            if (panel == null) {
                break;
            }
            double step = Math.min(mass, largestStep(rest, mass, panel));
            if (step <= WALK_DONE) {
                break;
            }
            panels.add(panel);
            weights.add(step);
            addColumn(panel);
            for (int t = 0; t < n; t++) {
                rest[t] -= step * panel[t];
            }
            mass -= step;
            if (System.nanoTime() - lastReport > REPORT_EVERY_NANOS) {
                lastReport = System.nanoTime();
                progress.report(String.format(Locale.ROOT, "  %.1f%% of the lottery placed on %d panels", 100 * (1 - mass), panels.size()));
            }
        }
        oracle.releaseFace();
        if (mass > WALK_LEFT) {
            progress.report(String.format(Locale.ROOT, "  the direct walk placed %.1f%% of the lottery on %d panels; column generation does the rest",
                    100 * (1 - mass), panels.size()));
            return null;
        }
        return TypeDistribution.normalised(panels, weights);
    }

    private static final double WALK_DONE = 1e-9;
    /**
     * Any panel on the face will do, and a heavy one makes a long step: within 0.1% of the heaviest
     * is enough (2,000/100: 5.9 s for the walk against 15.9 s with exact solves, about as many steps).
     */
    private static final double WALK_GAP = 1e-3;
    /**
     * ... or the best panel SCIP finds in 50 branch-and-bound nodes: on 5,000/100 (Sortition
     * Foundation format) the first step's proof alone took 25 s; with 50 nodes 2 s, the whole
     * lottery 35 s instead of 51 s. A node limit, not a time limit, so the lottery does not depend
     * on the machine's speed.
     */
    private static final long WALK_NODES = 50;
    /** Counts within this of a bound are taken to meet it: the relaxation's solution is exact only to about 1e-9. */
    private static final double WALK_TOLERANCE = 1e-8;
    /**
     * A walk that stops with less than this left unplaced is done: scaling up what it placed moves
     * nobody's probability by more than this (the last steps are lost in the relaxation's rounding).
     */
    private static final double WALK_LEFT = 1e-5;

    /** The largest {@code θ} with {@code rest - θ panel} still inside the relaxation scaled by {@code mass - θ}. */
    private double largestStep(double[] rest, double mass, int[] panel) {
        double step = Double.POSITIVE_INFINITY;
        double[] restSum = new double[problem.features()];
        int[] panelSum = new int[problem.features()];
        double[] restHome = new double[problem.households];
        int[] panelHome = new int[problem.households];
        for (int t = 0; t < types.count; t++) {
            int m = types.size(t);
            step = Math.min(step, limit(rest[t], panel[t]));
            step = Math.min(step, limit(m * mass - rest[t], m - panel[t]));
            for (int f : types.features[t]) {
                restSum[f] += rest[t];
                panelSum[f] += panel[t];
            }
            if (types.household[t] >= 0) {
                restHome[types.household[t]] += rest[t];
                panelHome[types.household[t]] += panel[t];
            }
        }
        for (int f = 0; f < restSum.length; f++) {
            step = Math.min(step, limit(restSum[f] - problem.min[f] * mass, panelSum[f] - problem.min[f]));
            step = Math.min(step, limit(problem.max[f] * mass - restSum[f], problem.max[f] - panelSum[f]));
        }
        for (int h = 0; h < restHome.length; h++) {
            step = Math.min(step, limit(mass - restHome[h], 1 - panelHome[h]));
        }
        return Math.max(0, step);
    }

    /** How far a constraint with slack {@code restSlack} lets the step go when the panel's slack is {@code panelSlack}. */
    private static double limit(double restSlack, double panelSlack) {
        return panelSlack > 0 ? restSlack / panelSlack : Double.POSITIVE_INFINITY;
    }

    /** Starting columns: panels on the face that take as many types not yet on a panel as possible. */
    private void seed() {
        SplittableRandom random = new SplittableRandom(20210804L);
        boolean[] covered = new boolean[types.count];
        while (true) {
            boolean[] wanted = new boolean[types.count];
            boolean open = false;
            for (int t = 0; t < types.count; t++) {
                wanted[t] = !covered[t] && row[t] != null;
                open |= wanted[t];
            }
            if (!open) {
                return;
            }
            int[] panel = oracle.covering(wanted, random);
            pricingCalls++;
            if (panel == null) {
                return; // the face holds no panel: reach() finds that out and leaves the face
            }
            addColumn(panel);
            if (!PanelOracle.cover(panel, covered)) {
                return;
            }
        }
    }

    private int[] price(double[] price) {
        pricingCalls++;
        return oracle.best(unit(price));
    }

    private double[] unit(double[] price) {
        double[] unit = new double[types.count];
        for (int t = 0; t < types.count; t++) {
            unit[t] = row[t] == null ? 0 : price[t] / (types.size(t) * target[t]);
        }
        return unit;
    }

    private double value(int[] counts, double[] price) {
        double s = 0;
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0 && row[t] != null) {
                s += price[t] * counts[t] / (types.size(t) * target[t]);
            }
        }
        return s;
    }

    private void buildMaster() {
        if (master != null) {
            master.delete();
        }
        master = MPSolver.createSolver("GLOP");
        convexity = master.makeConstraint(1, 1, "convexity");
        z = master.makeNumVar(0, 1, "z");
        master.objective().setCoefficient(z, 1);
        master.objective().setMaximization();
        row = new MPConstraint[types.count];
        for (int t = 0; t < types.count; t++) {
            if (target[t] > TOLERANCE) {
                row[t] = master.makeConstraint(0, MPSolver.infinity(), "t" + t);
                row[t].setCoefficient(z, -1);
            }
        }
        lambda.clear();
        List<int[]> old = new ArrayList<>(columns);
        columns.clear();
        known.clear();
        for (int[] c : old) {
            addColumn(c);
        }
    }

    private void addColumn(int[] counts) {
        if (!known.add(new TypePanel(counts))) {
            return;
        }
        MPVariable v = master.makeNumVar(0, MPSolver.infinity(), "l" + columns.size());
        convexity.setCoefficient(v, 1);
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0 && row[t] != null) {
                row[t].setCoefficient(v, counts[t] / (types.size(t) * target[t]));
            }
        }
        columns.add(counts);
        lambda.add(v);
    }

    private double solveMaster() {
        linearSolves++;
        MPSolver.ResultStatus status = master.solve(parameters);
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            buildMaster(); // fall back: the same columns, a fresh program, solved cold
            status = master.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("The linear solver stopped with status " + status);
            }
        }
        return z.solutionValue();
    }

    /** The rows' duals, non-negative whatever the solver's sign convention, scaled to sum to 1. */
    private double[] duals() {
        double[] d = new double[types.count];
        double sum = 0;
        int rows = 0;
        for (int t = 0; t < types.count; t++) {
            if (row[t] != null) {
                d[t] = row[t].dualValue();
                sum += d[t];
                rows++;
            }
        }
        for (int t = 0; t < types.count; t++) {
            d[t] = row[t] == null ? 0 : sum == 0 ? 1.0 / rows : Math.max(0, d[t] / sum);
        }
        return d;
    }

    private TypeDistribution lottery() {
        return TypeDistribution.fromSolution(columns, lambda, 1e-12);
    }

    @Override
    public void close() {
        parameters.delete();
        vertices.close();
        if (master != null) {
            master.delete();
        }
    }
}
