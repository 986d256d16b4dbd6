package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyses a large batch of changes on several threads, as a rebuild or a long catch-up gives them:
 * order between different contributions does not matter, so a batch whose contributions are all
 * distinct is cut into parts, several per thread (so one slow part does not leave the others idle).
 * The threads are started on first use.
 */
final class BulkIndexing {

    /** Writes one change to the index; returns the writer's sequence number. */
    interface Write {
        long apply(IndexedContribution change) throws IOException;
    }

    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Smaller batches are not worth handing to other threads. */
    static final int MIN_PART = 64;

    private ExecutorService pool;

    /** Whether a batch can be written in parallel: large enough, each contribution once. */
    static boolean worthIt(List<IndexedContribution> changes) {
        if (THREADS < 2 || changes.size() < MIN_PART) {
            return false;
        }
        Set<String> ids = new HashSet<>(changes.size() * 2);
        for (IndexedContribution c : changes) {
            if (!ids.add(c.id())) {
                return false;
            }
        }
        return true;
    }

    /** Writes every change, in parallel; returns the highest writer sequence number. */
    long writeAll(List<IndexedContribution> changes, Write write) throws IOException {
        List<Future<Long>> parts = new ArrayList<>();
        int chunk = Math.max(MIN_PART, (changes.size() + THREADS * 8 - 1) / (THREADS * 8));
        for (int from = 0; from < changes.size(); from += chunk) {
            List<IndexedContribution> part = changes.subList(from, Math.min(changes.size(), from + chunk));
            parts.add(pool().submit(() -> {
                long gen = 0;
                for (IndexedContribution c : part) {
                    gen = Math.max(gen, write.apply(c));
                }
                return gen;
            }));
        }
        long gen = 0;
        try {
            for (Future<Long> f : parts) {
                gen = Math.max(gen, f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
        return gen;
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "folkmoot-search-indexing");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Stops the threads; call when no batch is being written. */
    void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
