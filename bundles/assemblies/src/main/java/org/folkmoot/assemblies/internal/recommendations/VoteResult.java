package org.folkmoot.assemblies.internal.recommendations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a vote decided under its rule.
 *
 * @param passed  whether support reached the threshold
 * @param counted the votes the threshold is a share of (with or without abstentions, by the rule)
 * @param needed  the fewest votes in favour that pass: the threshold of {@code counted}, rounded up
 * @param margin  votes in favour beyond {@code needed} (0 or more when passed), or short of it (below 0)
 * @param support votes in favour as a percentage of {@code counted}, to one decimal place (0 when nothing was counted)
 */
public record VoteResult(boolean passed, int counted, int needed, int margin, BigDecimal support) {

    static VoteResult of(Tally t, ThresholdRule rule) {
        int counted = rule.abstentions() == Abstentions.COUNTED ? t.total() : t.inFavour() + t.against();
        // needed = ceil(counted * bp / 10000), in integers: exactly 75% of 40 is 30, and 30 passes
        int needed = (int) ((counted * (long) rule.basisPoints() + 9_999) / 10_000);
        boolean passed = counted > 0 && t.inFavour() >= needed;
        BigDecimal support = counted == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(t.inFavour() * 100L).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        return new VoteResult(passed, counted, needed, t.inFavour() - needed, support);
    }
}
