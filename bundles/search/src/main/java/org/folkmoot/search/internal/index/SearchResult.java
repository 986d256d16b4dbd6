package org.folkmoot.search.internal.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total       how many contributions match
 * @param hits        the requested page
 * @param facets      per dimension, values with counts (most first)
 * @param matchedAny  true if no contribution had every word, so the results have any of them
 * @param didYouMean  a corrected query that has results, or null
 * @param noTerms     the text had nothing searchable (only punctuation, a lone *, ...)
 * @param showingResultsFor the query as searched when a word that is not (or hardly) in the index was
 *                    searched as its nearest indexed spelling ("vacination" as "vaccination"), or null
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets, boolean matchedAny,
        String didYouMean, boolean noTerms, String showingResultsFor) {

    public SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets, boolean matchedAny,
            String didYouMean, boolean noTerms) {
        this(total, hits, facets, matchedAny, didYouMean, noTerms, null);
    }

    /**
     * One hit. {@code snippet} is HTML: escaped text with the resident's words in {@code <mark>}.
     * {@code parentTitle} and {@code parentTitleCy} name the container's parent (the asset a case is
     * about), null when it has none.
     */
    public record Hit(String id, String title, String snippet, String module, String containerType,
            String containerId, String containerTitle, String kind, String locality, String language,
            Instant created, String url, float score, String containerTitleCy, String parentTitle,
            String parentTitleCy, org.folkmoot.api.container.Licence licence) {
    }

    /**
     * A facet value with its count; {@code label} is shown (the container's or parent's title for those),
     * {@code labelCy} on Welsh pages.
     */
    public record FacetValue(String value, String label, String labelCy, long count) {

        public FacetValue(String value, String label, long count) {
            this(value, label, label, count);
        }
    }
}
