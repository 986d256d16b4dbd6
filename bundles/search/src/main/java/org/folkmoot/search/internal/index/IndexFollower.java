package org.folkmoot.search.internal.index;

import java.util.List;

/**
 * Brings a {@link ContributionIndex} up to date with a {@link ContributionFeed}: from the sequence
 * stored in the index's last commit (0 for a new or deleted index, which is a full rebuild), in
 * batches, in order. Progress can be read while it runs, for the health page and the start-up log.
 *
 * <p>The caller decides the threading: the component runs {@link #catchUp()} on its own thread at
 * start, then again whenever the archive signals a change (or on a short poll).
 */
public final class IndexFollower {

    /**
     * How far the follower has got: {@code applied} and {@code target} are archive sequences,
     * {@code base} the sequence just before the first change of this catch-up and {@code changes} the
     * number applied since it started. {@code rebuilding} is true while catching up from zero.
     * Sequences have gaps (the archive skips ahead on each restart), so the fraction is measured from
     * the first change seen, not from zero.
     */
    public record Progress(long applied, long target, boolean rebuilding, long startedNanos, long base, long changes) {
        public Progress(long applied, long target, boolean rebuilding, long startedNanos) {
            this(applied, target, rebuilding, startedNanos, applied, 0);
        }

        public double fraction() {
            return target <= base ? 1.0 : Math.max(0.0, Math.min(1.0, (double) (applied - base) / (target - base)));
        }
    }

    public static final int DEFAULT_BATCH = 1_000;
    /** A backlog this large is caught up in bulk mode (less frequent refreshes). */
    static final long BULK_BACKLOG = 10_000;

    private final ContributionIndex index;
    private final ContributionFeed feed;
    private final int batch;
    private final java.util.function.Consumer<Progress> listener;
    private volatile Progress progress;
    private volatile boolean stopped;

    public IndexFollower(ContributionIndex index, ContributionFeed feed, int batch) {
        this(index, feed, batch, p -> { });
    }

    /** @param listener told after each batch (for progress logging); must be quick */
    public IndexFollower(ContributionIndex index, ContributionFeed feed, int batch,
            java.util.function.Consumer<Progress> listener) {
        this.index = index;
        this.listener = listener;
        this.feed = feed;
        this.batch = batch > 0 ? batch : DEFAULT_BATCH;
        this.progress = new Progress(index.lastAppliedSequence(), index.lastAppliedSequence(), false, System.nanoTime());
    }

    /**
     * Applies every change the feed has after the index's last applied sequence.
     *
     * @return the number of changes applied
     */
    public synchronized long catchUp() throws Exception {
        long from = index.lastAppliedSequence();
        long target = feed.latestSequence();
        progress = new Progress(from, target, from == 0 && target > 0, System.nanoTime());
        long applied = 0;
        boolean bulk = target - from > BULK_BACKLOG;
        if (bulk) {
            index.bulkMode(true);
        }
        try {
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                List<IndexedContribution> changes = feed.changesAfter(index.lastAppliedSequence(), batch);
                if (changes.isEmpty()) {
                    // Every change up to the target was visible when it was read: the rest is a gap.
                    index.advanceTo(target);
                    break;
                }
                long base = applied == 0 ? Math.max(from, changes.get(0).sequence() - 1) : progress.base();
                index.applyAll(changes);
                applied += changes.size();
                long last = index.lastAppliedSequence();
                progress = new Progress(last, Math.max(target, last), progress.rebuilding(), progress.startedNanos(),
                        base, applied);
                listener.accept(progress);
            }
        } finally {
            if (bulk) {
                index.bulkMode(false);
            }
        }
        Progress p = progress;
        progress = new Progress(p.applied(), p.applied(), false, p.startedNanos(), p.base(), p.changes());
        return applied;
    }

    /**
     * Asks a running {@link #catchUp()} to return after its current batch. (Interrupting a thread
     * that is writing the index would close Lucene's file channels under it.)
     */
    public void stop() {
        stopped = true;
    }

    public Progress progress() {
        return progress;
    }
}
