package org.folkmoot.search.internal.index;

import java.util.List;

/**
 * Where the index's changes come from: the archive, in sequence order. The OSGi component that
 * follows {@code org.folkmoot.api.archive} adapts the archive's service to this, mapping each
 * archive change to an {@link IndexedContribution}. Kept free of OSGi so the follower can be tested
 * with an in-memory archive.
 */
public interface ContributionFeed {

    /** Changes with a sequence greater than {@code after}, ascending, at most {@code max}. */
    List<IndexedContribution> changesAfter(long after, int max) throws Exception;

    /**
     * The archive's latest sequence now; 0 if empty. Every change at or below it must already be
     * visible to {@link #changesAfter} (the follower moves past gaps up to it).
     */
    long latestSequence() throws Exception;

    /**
     * How many changes {@link #changesAfter} has after {@code after} in all, for progress. The
     * sequence can have large gaps, so the span of sequences is only an upper bound.
     */
    default long countAfter(long after) throws Exception {
        return Math.max(0, latestSequence() - after);
    }
}
