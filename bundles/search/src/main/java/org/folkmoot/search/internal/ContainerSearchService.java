package org.folkmoot.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.search.ContainerSearch;
import org.folkmoot.api.search.SearchHit;
import org.folkmoot.api.search.SearchQuery;
import org.folkmoot.api.search.SearchResults;
import org.folkmoot.search.internal.index.Facet;
import org.folkmoot.search.internal.index.SearchRequest;
import org.folkmoot.search.internal.index.SearchResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link ContainerSearch} for modules: a search of this runtime's index within some containers, ranked
 * and redacted as the search page's, without facets. Hits link where {@code GET /api/search} links.
 */
@Component(service = ContainerSearch.class)
public class ContainerSearchService implements ContainerSearch {

    private final SearchService search;

    @Activate
    public ContainerSearchService(@Reference SearchService search) {
        this.search = search;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        if (query.language() != null) {
            filters.put(Facet.LANGUAGE, Set.of(query.language().toLowerCase(Locale.ROOT)));
        }
        Set<String> containers = new java.util.HashSet<>();
        for (ContainerRef ref : query.containers()) {
            containers.add(ref.key());
        }
        SearchRequest request = new SearchRequest(query.words(), filters, null, null, SearchRequest.Sort.RELEVANCE,
                query.offset(), query.limit()).within(new SearchRequest.Within(containers, query.children()));
        SearchResult result;
        try {
            result = search.search(request);
        } catch (IOException e) {
            throw new IllegalStateException("Search is not available just now; please try again shortly.", e);
        }
        List<SearchHit> hits = new ArrayList<>(result.hits().size());
        for (SearchResult.Hit h : result.hits()) {
            SearchResource.Hit shown = SearchResource.hit(h);
            hits.add(new SearchHit(h.id(), h.title(), h.snippet(), shown.url(), h.created(),
                    h.containerType() == null || h.containerId() == null ? null
                            : new ContainerRef(h.containerType(), h.containerId()),
                    h.language()));
        }
        return new SearchResults(result.total(), request.offset(), hits, result.showingResultsFor());
    }
}
