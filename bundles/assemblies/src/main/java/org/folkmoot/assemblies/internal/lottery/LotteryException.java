package org.folkmoot.assemblies.internal.lottery;

/** Settings that cannot be used (weights that do not parse, say), carrying the problem to show beside the field. */
public final class LotteryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient LotteryProblem problem;

    public LotteryException(LotteryProblem problem) {
        super(problem.english());
        this.problem = problem;
    }

    public LotteryProblem problem() {
        return problem;
    }
}
