package org.folkmoot.api.search;

import java.util.List;

/**
 * One page of what {@link ContainerSearch} found.
 *
 * @param total             how many contributions match, on every page
 * @param offset            the first hit's place in the whole list, from 0
 * @param hits              this page, best first
 * @param showingResultsFor the words as searched when a misspelled word was searched as its nearest
 *                          indexed spelling ({@code vacination} as {@code vaccination}), to tell the
 *                          resident; null otherwise
 */
public record SearchResults(long total, int offset, List<SearchHit> hits, String showingResultsFor) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** The first hit's number for "Showing 1 to 10 of 42 results": {@code offset + 1}, 0 when none. */
    public long first() {
        return hits.isEmpty() ? 0 : offset + 1L;
    }

    /** The last hit's number on this page, 0 when none. */
    public long last() {
        return hits.isEmpty() ? 0 : offset + (long) hits.size();
    }
}
