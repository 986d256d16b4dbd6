package org.folkmoot.search.internal.index;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Commits the index on a schedule, never per document: a thread that asks for a commit every
 * interval. Whoever owns the writer decides whether there is anything to commit.
 */
final class CommitSchedule implements AutoCloseable {

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "folkmoot-search-commit");
        t.setDaemon(true);
        return t;
    });

    CommitSchedule(long intervalMillis, Runnable commit) {
        long every = Math.max(100, intervalMillis);
        thread.scheduleWithFixedDelay(commit, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the schedule and waits for a commit in progress. No interrupt: interrupting a commit
     * closes Lucene's file channels (the write lock among them) under it.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
