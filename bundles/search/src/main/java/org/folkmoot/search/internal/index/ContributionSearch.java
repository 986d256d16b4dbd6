package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A resident's search on one searcher: the words made into a query ({@link ResidentQueryParser},
 * with {@link SpellingCorrection}), run within the filters with facet counts beside
 * ({@link FacetCounts}), the page of hits ({@link Hits}) and, when it helps, "did you mean"
 * ({@link SpellingHints}). Which query the words become is decided by the parser and the
 * {@link Ranking}; this class only runs it.
 */
final class ContributionSearch {

    private static final SortField NEWEST_FIRST = new SortField(Fields.CREATED, SortField.Type.LONG, true);
    private static final Sort NEWEST = new Sort(NEWEST_FIRST);
    /** Relevance, and among equally relevant contributions the newest first, the same order on every index. */
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, NEWEST_FIRST);

    private final Ranking ranking;
    private final ResidentQueryParser parser;
    private final FacetCounts facets;
    private final Hits hits;
    private final SpellingHints hints;

    ContributionSearch(Ranking ranking, Analyzer analyzer, FacetCounts facets, Hits hits) {
        this.ranking = ranking;
        this.parser = new ResidentQueryParser(analyzer, ranking.shape);
        this.facets = facets;
        this.hits = hits;
        this.hints = new SpellingHints(parser);
    }

    ResidentQueryParser parser() {
        return parser;
    }

    /** Runs a resident's search. Never throws for anything the resident typed. */
    SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        try {
            return ranking.ranked && !request.text().isBlank() ? ranked(searcher, request) : unranked(searcher, request);
        } catch (IndexSearcher.TooManyClauses tooComplex) {
            // Input is capped well below the clause limit; this is a last line of defence.
            return new SearchResult(0, List.of(), Map.of(), false, null, true);
        }
    }

    /** Browsing (no words), and the rankings the evaluation compares residents' against. */
    private SearchResult unranked(IndexSearcher searcher, SearchRequest request) throws IOException {
        boolean browse = request.text().isBlank();
        if (!browse && ranking == Ranking.PLAIN_BM25) {
            return run(searcher, parser.parse(request.text(), false), request, false, false);
        }
        Query query = browse ? new MatchAllDocsQuery() : parser.parse(request.text(), true);
        if (!browse && ResidentQueryParser.isEmpty(query)) {
            return new SearchResult(0, List.of(), Map.of(), false, null, true);
        }
        SearchResult result = run(searcher, query, request, browse, false);
        if (result.total() == 0 && !browse) {
            Query any = parser.parse(request.text(), false);
            if (!any.equals(query)) {
                SearchResult anyResult = run(searcher, any, request, false, true);
                if (anyResult.total() > 0) {
                    result = anyResult;
                }
            }
        }
        if (!browse && (result.total() == 0 || result.matchedAny())) {
            String suggestion = hints.didYouMean(searcher, request);
            if (suggestion != null) {
                result = new SearchResult(result.total(), result.hits(), result.facets(), result.matchedAny(),
                        suggestion, result.noTerms());
            }
        }
        return result;
    }

    /**
     * A resident's words, ranked: most of the words required, contributions with more (and all) of
     * them first; a word not in the index searched as its nearest indexed spelling, and the answer
     * says so ({@link SearchResult#showingResultsFor()}).
     */
    private SearchResult ranked(IndexSearcher searcher, SearchRequest request) throws IOException {
        SpellingCorrection.Correction correction = SpellingCorrection.find(searcher, parser,
                ResidentQueryParser.clean(request.text()));
        ResidentQueryParser.Ranked ranked = parser.parseRanked(request.text(),
                correction == null ? Map.of() : correction.alternatives());
        if (ResidentQueryParser.isEmpty(ranked.query())) {
            return new SearchResult(0, List.of(), Map.of(), false, null, true);
        }
        SearchResult result = run(searcher, ranked.query(), request, false, false);
        if (ranked.anyWord() != null && result.total() < request.limit()) {
            // Fewer than a page have most of the words: any one word is enough, those with more still first.
            SearchResult any = run(searcher, ranked.anyWord(), request, false, false);
            if (any.total() > result.total()) {
                result = any;
            }
        }
        // "Matched any word" keeps its meaning: no contribution (within the filters) has every word.
        boolean someHaveAll = ranked.allWords() == null || result.total() == 0
                || anyMatch(searcher, facets.drillDown(ranked.allWords(), request));
        String didYouMean = null;
        if (correction == null && (result.total() == 0 || !someHaveAll)) {
            didYouMean = hints.didYouMean(searcher, request);
        }
        return new SearchResult(result.total(), result.hits(), result.facets(), !someHaveAll, didYouMean,
                false, correction == null ? null : correction.shown());
    }

    /** True if some live contribution matches: stops at the first, unlike a count. */
    private static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request, boolean browse,
            boolean matchedAny) throws IOException {
        DrillDownQuery ddq = facets.drillDown(query, request);
        int window = request.offset() + request.limit();
        Sort sort = browse || request.sort() == SearchRequest.Sort.NEWEST ? NEWEST : BEST_THEN_NEWEST;
        SortedSetDocValuesReaderState state = searcher instanceof FacetedSearcher fs ? fs.state : null;
        TopDocs top;
        Map<Facet, List<SearchResult.FacetValue>> counts;
        if (state == null || request.within() != null) { // a module's search shows no facets
            top = searcher.search(ddq, window, sort, sort == BEST_THEN_NEWEST);
            counts = Map.of();
        } else {
            FacetsConfig config = facets.config();
            DrillSideways ds = new DrillSideways(searcher, config, state);
            DrillSideways.DrillSidewaysResult r = ds.search(ddq, null, null, window, sort, sort == BEST_THEN_NEWEST);
            top = r.hits;
            counts = facets.values(searcher, r.facets);
        }
        long total = top.totalHits.value;
        return new SearchResult(total, hits.page(searcher, query, top, request.offset(), !browse), counts, matchedAny,
                null, false);
    }
}
