package org.folkmoot.api.sortition;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds fair lotteries over panels and draws from them. Bad input (unknown values, duplicate
 * ids, an empty pool, targets no panel can meet) fails with an {@link IllegalArgumentException}
 * whose message is written for the officer and, for unmeetable targets, suggests the smallest
 * relaxation within the flex. A LEXIMIN lottery for 2,000 volunteers takes a few seconds.
 */
@ProviderType
public interface SortitionService {

    /** The lottery for a request; publish it (never the pool) before drawing. */
    PanelLottery select(SelectionRequest request);

    /**
     * Draws from a published lottery with a public seed: SHA-256 of the seed's UTF-8 bytes, first
     * 53 bits as {@code u} in [0,1), the first panel whose cumulative probability exceeds
     * {@code u} times the total.
     */
    DrawnPanel draw(PanelLottery lottery, String seed);

    /**
     * The lottery for replacing members who dropped out of a drawn panel: the rest of the pool,
     * less anyone sharing an address with a member who stays, against the targets reduced by the
     * members who stay.
     */
    PanelLottery replacements(SelectionRequest original, List<String> panel, List<String> dropouts);

    /**
     * The lottery rounded to {@code balls} equally likely balls (2 to 100,000) by pipage rounding:
     * each panel gets the whole number of balls just below or just above {@code balls} times its
     * probability. The rounding's own randomness is fixed, so the same lottery always gives the
     * same balls. {@link BallLottery#maxChange()} says how far anyone's probability moved.
     *
     * @since 1.1
     */
    BallLottery transparent(PanelLottery lottery, int balls);

    /**
     * Draws a ball with a public seed: ball {@code floor(u * balls) + 1}, with {@code u} as in
     * {@link #draw}.
     *
     * @since 1.1
     */
    DrawnBall drawBall(PanelLottery lottery, BallLottery balls, String seed);

    /**
     * Whether any panel meets the request's targets and the household rule, and when none does the
     * smallest relaxation of the targets within their flex that would let one: what to tell an
     * officer whose quotas cannot be met. Bad input fails as in {@link #select}.
     *
     * @since 1.2
     */
    QuotaRelaxation relaxation(SelectionRequest request);
}
