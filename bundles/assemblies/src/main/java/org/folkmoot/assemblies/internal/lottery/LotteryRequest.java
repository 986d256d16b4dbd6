package org.folkmoot.assemblies.internal.lottery;

import java.util.Objects;
import java.util.Optional;

/**
 * A lottery as the officer set it and published it before the draw: how many letters, the seed,
 * and optionally the column that divides the addresses into strata with the strata's weights
 * ({@link StrataWeights}; none means letters in proportion to households per stratum).
 */
public record LotteryRequest(int letters, String seed, Optional<String> strataColumn, StrataWeights weights) {

    public LotteryRequest {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(strataColumn, "strataColumn");
        Objects.requireNonNull(weights, "weights");
    }

    /** One stratum: every address in the area, letters drawn by the smallest keys. */
    public static LotteryRequest unstratified(int letters, String seed) {
        return new LotteryRequest(letters, seed, Optional.empty(), StrataWeights.PROPORTIONAL);
    }
}
