package org.folkmoot.assemblies.internal.lottery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The weights of a stratified lottery, written as the officer types them: {@code A=0.8,B=0.2}.
 * A name may join several values of the strata column with {@code |} ({@code 1|2=0.8} puts IMD
 * deciles 1 and 2 in one stratum called {@code 1|2}), and {@code *} stands for every value not
 * named ({@code 1|2=0.8,*=0.2}: Newham's 80/20 split). Weights are positive decimals and need not
 * add up to 1; only their ratios count. {@link #PROPORTIONAL} (no weights) gives each value of
 * the column its own stratum with its household count as its weight.
 */
public record StrataWeights(List<Weight> weights) {
    public static final StrataWeights PROPORTIONAL = new StrataWeights(List.of());
    public static final String REST = "*";

    /** One stratum: its name as written, the column values it takes, its weight. */
    public record Weight(String name, Set<String> values, BigDecimal weight) {
        public Weight {
            values = Set.copyOf(values);
        }
    }

    public StrataWeights {
        weights = List.copyOf(weights);
    }

    public boolean proportional() {
        return weights.isEmpty();
    }

    /** The stratum a column value falls in: the weight naming it, else {@code *}, else none (not drawn). */
    public Optional<String> stratumOf(String value) {
        Weight rest = null;
        for (Weight w : weights) {
            if (w.values().contains(value)) {
                return Optional.of(w.name());
            }
            if (w.values().contains(REST)) {
                rest = w;
            }
        }
        return rest == null ? Optional.empty() : Optional.of(rest.name());
    }

    /**
     * Reads {@code A=0.8,B=0.2}; blank text is {@link #PROPORTIONAL}.
     *
     * @throws LotteryException beside the field {@code weights} when the text does not parse
     */
    public static StrataWeights parse(String text) {
        if (text == null || text.isBlank()) {
            return PROPORTIONAL;
        }
        List<Weight> weights = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : text.split(",")) {
            int eq = part.lastIndexOf('=');
            if (eq <= 0) {
                throw new LotteryException(LotteryProblem.refused("weights", "lottery.weights.format", part.strip()));
            }
            String name = part.substring(0, eq).strip();
            BigDecimal weight;
            try {
                weight = new BigDecimal(part.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new LotteryException(LotteryProblem.refused("weights", "lottery.weights.number", name, part.substring(eq + 1).strip()));
            }
            if (weight.signum() <= 0) {
                throw new LotteryException(LotteryProblem.refused("weights", "lottery.weights.positive", name));
            }
            Set<String> values = new LinkedHashSet<>();
            for (String value : name.split("\\|")) {
                String v = value.strip();
                if (v.isEmpty() || !seen.add(v)) {
                    throw new LotteryException(LotteryProblem.refused("weights", "lottery.weights.twice", v.isEmpty() ? name : v));
                }
                values.add(v);
            }
            weights.add(new Weight(name, values, weight));
        }
        return new StrataWeights(weights);
    }
}
