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
    /**
     * @param total the changes this catch-up has to apply in all, counted when it began; -1 when not
     *              counted (small catch-ups), and then the fraction is measured in sequence numbers
     */
    public record Progress(long applied, long target, boolean rebuilding, long startedNanos, long base, long changes,
                           long total) {
        public Progress(long applied, long target, boolean rebuilding, long startedNanos) {
            this(applied, target, rebuilding, startedNanos, applied, 0, -1);
        }

        /**
         * How much of the catch-up is done. Counted in changes where the total is known: the
         * archive's sequence has gaps (it skips ahead at every start), so a rebuild measured in
         * sequence numbers could end at a third.
         */
        public double fraction() {
            if (applied >= target) {
                return 1.0;
            }
            if (total > 0) {
                return Math.min(1.0, (double) changes / total);
            }
            return target <= base ? 1.0 : Math.max(0.0, Math.min(1.0, (double) (applied - base) / (target - base)));
        }
    }

    public static final int DEFAULT_BATCH = 1_000;
    /** A backlog this large is caught up in bulk mode (less frequent refreshes). */
    static final long BULK_BACKLOG = 10_000;
    /** Smallest page read from the archive in bulk mode. */
    static final int BULK_PAGE = 5_000;

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
        long applied = 0;
        boolean bulk = target - from > BULK_BACKLOG;
        // Counting is one query; worth it for a backlog, whose progress is shown.
        long total = bulk ? feed.countAfter(from) : -1;
        progress = new Progress(from, target, from == 0 && target > 0, System.nanoTime(), from, 0, total);
        if (bulk) {
            index.bulkMode(true);
        }
        // In bulk, the next page is read from the archive while this one is indexed, in pages of
        // at least BULK_PAGE: the database and the analysis then overlap instead of taking turns.
        int page = bulk ? Math.max(batch, BULK_PAGE) : batch;
        java.util.concurrent.ExecutorService reader = bulk ? java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "folkmoot-search-reader");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            List<IndexedContribution> changes = feed.changesAfter(index.lastAppliedSequence(), page);
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                if (changes.isEmpty()) {
                    // Every change up to the target was visible when it was read: the rest is a gap.
                    index.advanceTo(target);
                    break;
                }
                long lastRead = changes.get(changes.size() - 1).sequence();
                java.util.concurrent.Future<List<IndexedContribution>> next = reader == null ? null
                        : reader.submit(() -> feed.changesAfter(lastRead, page));
                long base = applied == 0 ? Math.max(from, changes.get(0).sequence() - 1) : progress.base();
                try {
                    index.applyAll(changes);
                } catch (Exception | Error e) {
                    if (next != null) {
                        next.cancel(false);
                    }
                    throw e;
                }
                applied += changes.size();
                long last = index.lastAppliedSequence();
                progress = new Progress(last, Math.max(target, last), progress.rebuilding(), progress.startedNanos(),
                        base, applied, total);
                listener.accept(progress);
                changes = next == null ? feed.changesAfter(index.lastAppliedSequence(), page) : fetched(next);
            }
        } finally {
            if (reader != null) {
                reader.shutdown();
            }
            if (bulk) {
                index.bulkMode(false);
            }
        }
        Progress p = progress;
        progress = new Progress(p.applied(), p.applied(), false, p.startedNanos(), p.base(), p.changes(), p.total());
        return applied;
    }

    private static List<IndexedContribution> fetched(java.util.concurrent.Future<List<IndexedContribution>> next)
            throws Exception {
        try {
            return next.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
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
