package org.folkmoot.search.internal.index;

import java.util.ArrayDeque;

/**
 * Whether changes are streaming into the index: at least a given number applied within a sliding window
 * (an open-data bootstrap, a JSON Lines import, a first sync), as opposed to residents writing one by one.
 * The follower tells it what each round applied; {@link ContributionIndex#streaming(boolean)} acts on the answer.
 * Used by one thread.
 */
public final class ChangeFlow {
    private final long windowNanos;
    private final long threshold;
    private final ArrayDeque<long[]> recent = new ArrayDeque<>();
    private long inWindow;

    public ChangeFlow(long windowNanos, long threshold) {
        this.windowNanos = windowNanos;
        this.threshold = threshold;
    }

    /** Two thousand changes within two seconds: no council's residents write that fast by hand. */
    public static ChangeFlow imports() {
        return new ChangeFlow(2_000_000_000L, 2_000);
    }

    /** Records what a round applied (0 for a round with nothing to do); true while changes stream in. */
    public boolean record(long applied, long nowNanos) {
        if (applied > 0) {
            recent.addLast(new long[] {nowNanos, applied});
            inWindow += applied;
        }
        while (!recent.isEmpty() && nowNanos - recent.peekFirst()[0] > windowNanos) {
            inWindow -= recent.removeFirst()[1];
        }
        return inWindow >= threshold;
    }
}
