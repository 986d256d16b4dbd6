package org.folkmoot.api.sortition;

import java.util.List;

/**
 * The outcome of a draw from a {@link BallLottery}: the seed, the ball ({@code floor(u * balls) + 1},
 * {@code u} as in {@link SortitionService#draw}), its panel's index in the lottery and the members.
 */
public record DrawnBall(String seed, int ball, int panelIndex, List<String> memberIds) {
    public DrawnBall {
        memberIds = List.copyOf(memberIds);
    }
}
