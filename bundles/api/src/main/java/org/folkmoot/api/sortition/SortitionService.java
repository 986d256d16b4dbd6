package org.folkmoot.api.sortition;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds fair lotteries over panels and draws from them. Bad input (unknown values, duplicate
 * ids, an empty pool, targets no panel can meet) fails with an {@link IllegalArgumentException}
 * whose message is written for the officer and, for unmeetable targets, suggests the smallest
 * relaxation within the flex. Computing a LEXIMIN lottery can take a minute on a large pool.
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
}
