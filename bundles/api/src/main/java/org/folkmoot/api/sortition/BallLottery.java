package org.folkmoot.api.sortition;

import java.util.List;
import java.util.Map;

/**
 * A published lottery rounded to {@code balls} equally likely balls, for a draw anyone can watch
 * (Flanigan, Kehne and Procaccia, "Fair Sortition Made Transparent", 2021). Publish it with the
 * lottery, before the seed is known.
 *
 * @param balls         how many balls
 * @param panelOfBall   for ball {@code b} (1-based), at position {@code b - 1}: the 0-based index of its
 *                      panel in {@link PanelLottery#panels()}
 * @param probabilities each volunteer's probability in the rounded lottery (their balls divided by
 *                      {@code balls}), in pool order
 * @param maxChange     the largest absolute change of anyone's probability against the lottery
 */
public record BallLottery(int balls, List<Integer> panelOfBall, Map<String, Double> probabilities, double maxChange) {
    public BallLottery {
        panelOfBall = List.copyOf(panelOfBall);
        probabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probabilities));
    }
}
