package org.folkmoot.search.internal.index;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A resident's search.
 *
 * @param text    what the resident typed; blank browses everything (newest first)
 * @param filters facet dimension (see {@link Facet}) to the values selected; values of one
 *                dimension are OR-ed, dimensions AND-ed; counts of each dimension are computed as if
 *                its own selection were not applied (multi-select)
 * @param from    only contributions created at or after this instant, may be null
 * @param until   only contributions created before this instant, may be null
 * @param sort    relevance (BM25) or newest first
 * @param offset  first hit to return (0-based)
 * @param limit   hits per page
 * @param within  only contributions written to these containers or their children, without facet counts
 *                (a module searching its own containers); null for the whole archive with facets
 */
public record SearchRequest(String text, Map<Facet, Set<String>> filters, Instant from, Instant until, Sort sort,
        int offset, int limit, Within within) {

    public static final int MAX_LIMIT = 100;
    /** Deepest hit a resident can page to: beyond it results are not meaningful and cost grows. */
    public static final int MAX_WINDOW = 10_000;

    public enum Sort { RELEVANCE, NEWEST }

    /**
     * Containers to search within.
     *
     * @param containers {@code type/id} of each container
     * @param children   whether contributions to a container whose parent is one of them count too
     */
    public record Within(Set<String> containers, boolean children) {
        public Within {
            containers = Set.copyOf(containers);
        }
    }

    public SearchRequest(String text, Map<Facet, Set<String>> filters, Instant from, Instant until, Sort sort,
            int offset, int limit) {
        this(text, filters, from, until, sort, offset, limit, null);
    }

    public SearchRequest {
        text = text == null ? "" : text;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? Sort.RELEVANCE : sort;
        limit = Math.max(1, Math.min(limit <= 0 ? 10 : limit, MAX_LIMIT));
        offset = Math.max(0, Math.min(offset, MAX_WINDOW - limit));
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of(), null, null, Sort.RELEVANCE, 0, 10);
    }

    public SearchRequest withFilter(Facet facet, String... values) {
        java.util.Map<Facet, Set<String>> f = new java.util.EnumMap<>(Facet.class);
        f.putAll(filters);
        f.put(facet, Set.of(values));
        return new SearchRequest(text, f, from, until, sort, offset, limit, within);
    }

    public SearchRequest withSort(Sort s) {
        return new SearchRequest(text, filters, from, until, s, offset, limit, within);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(text, filters, from, until, sort, newOffset, newLimit, within);
    }

    public SearchRequest withRange(Instant newFrom, Instant newUntil) {
        return new SearchRequest(text, filters, newFrom, newUntil, sort, offset, limit, within);
    }

    public SearchRequest within(Within scope) {
        return new SearchRequest(text, filters, from, until, sort, offset, limit, scope);
    }

    /** The same request with other words (the redacted ones). */
    public SearchRequest withText(String newText) {
        return new SearchRequest(newText, filters, from, until, sort, offset, limit, within);
    }
}
