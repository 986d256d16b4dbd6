package org.folkmoot.assemblies.internal.recommendations;

import java.math.BigDecimal;

import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;

/**
 * An assembly's rule for passing a recommendation: at least a share of the votes counted in
 * favour (Camden needed 75%, Blaenau Gwent 80%), with abstentions counted among the votes or left
 * out. "At least" is exact: 30 of 40 is 75% and passes a 75% rule.
 *
 * @param basisPoints the share in hundredths of a per cent: 7500 is 75%
 * @param abstentions whether abstentions are votes counted
 */
public record ThresholdRule(int basisPoints, Abstentions abstentions) {
    public static final ThresholdRule DEFAULT = new ThresholdRule(7500, Abstentions.COUNTED);

    public ThresholdRule {
        if (basisPoints <= 5000 || basisPoints > 10_000) {
            throw Refused.of("threshold", "assemblies.recommendations.error.threshold");
        }
        if (abstentions == null) {
            throw Refused.of("abstentions", "assemblies.recommendations.error.abstentions");
        }
    }

    /** From a percentage as typed ({@code 75}, {@code 66.67}): more than 50 and at most 100, two decimal places at most. */
    public static ThresholdRule of(String percent, String abstentions) {
        int bp;
        try {
            BigDecimal p = new BigDecimal(percent == null ? "" : percent.strip());
            bp = p.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw Refused.of("threshold", "assemblies.recommendations.error.threshold");
        }
        Abstentions a;
        try {
            a = abstentions == null || abstentions.isBlank() ? Abstentions.COUNTED : Abstentions.valueOf(abstentions.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.of("abstentions", "assemblies.recommendations.error.abstentions");
        }
        return new ThresholdRule(bp, a);
    }

    public VoteResult decide(Tally tally) {
        return VoteResult.of(tally, this);
    }

    /** The threshold as a percentage, {@code 75} or {@code 66.67}. */
    public String percent() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    /** The rule in words, as every page with a result states it. */
    public String describe(String language) {
        return Wording.of("assemblies.recommendations.rule." + abstentions, percent()).in(language);
    }
}
