package org.folkmoot.assemblies.internal.lottery;

import java.util.List;

/**
 * A civic lottery's outcome: the drawn households (by stratum in {@link StratumCount} order, then
 * by key), the strata with their counts, and problems (a refused request draws nothing).
 */
public record LotteryResult(LotteryRequest request, List<DrawnHousehold> drawn, List<StratumCount> strata,
        List<LotteryProblem> problems) {

    public LotteryResult {
        drawn = List.copyOf(drawn);
        strata = List.copyOf(strata);
        problems = List.copyOf(problems);
    }

    public boolean refused() {
        return LotteryProblem.anyRefused(problems);
    }
}
