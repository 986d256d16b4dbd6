package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.folkmoot.api.container.LocalisedText;

/**
 * Filters and facet counts: a resident's selections as a drill-down query (values of one dimension
 * or-ed, dimensions and-ed, dates as a range), and the counts drill sideways gives as facet values a
 * page can show: only values with hits, containers and parents by their titles, years newest first.
 */
final class FacetCounts {

    private final FacetsConfig config;
    private final ContainerTitles titles;

    FacetCounts(FacetsConfig config, ContainerTitles titles) {
        this.config = config;
        this.titles = titles;
    }

    FacetsConfig config() {
        return config;
    }

    /** The query within the request's filters, dates and containers. */
    DrillDownQuery drillDown(Query query, SearchRequest request) {
        Query base = within(withDateRange(query, request.from(), request.until()), request.within());
        DrillDownQuery ddq = new DrillDownQuery(config, base);
        for (Map.Entry<Facet, Set<String>> f : request.filters().entrySet()) {
            for (String value : f.getValue()) {
                if (value != null && !value.isBlank()) {
                    ddq.add(f.getKey().key(), value);
                }
            }
        }
        return ddq;
    }

    /** Only contributions to the containers (or, if asked, to containers whose parent is one of them). */
    static Query within(Query query, SearchRequest.Within within) {
        if (within == null) {
            return query;
        }
        List<BytesRef> keys = new ArrayList<>();
        for (String key : within.containers()) {
            keys.add(new BytesRef(key));
        }
        Query scope = new TermInSetQuery(Fields.CONTAINER, keys);
        if (within.children()) {
            scope = new BooleanQuery.Builder()
                    .add(scope, BooleanClause.Occur.SHOULD)
                    .add(new TermInSetQuery(Fields.PARENT, keys), BooleanClause.Occur.SHOULD)
                    .build();
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(scope, BooleanClause.Occur.FILTER)
                .build();
    }

    static Query withDateRange(Query query, Instant from, Instant until) {
        if (from == null && until == null) {
            return query;
        }
        long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long hi = until == null ? Long.MAX_VALUE : until.toEpochMilli() - 1;
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.CREATED, lo, hi), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Every dimension's values with hits, most first (years newest first), labelled. */
    Map<Facet, List<SearchResult.FacetValue>> values(IndexSearcher searcher, Facets facets) throws IOException {
        Map<Facet, List<SearchResult.FacetValue>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            FacetResult fr;
            try {
                fr = facets.getTopChildren(f == Facet.YEAR ? 50 : 20, f.key());
            } catch (IllegalArgumentException noSuchDimension) {
                fr = null;
            }
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    long count = lv.value.longValue();
                    if (count > 0) {
                        LocalisedText label = f == Facet.CONTAINER || f == Facet.PARENT
                                ? titles.of(searcher, f, lv.label) : LocalisedText.of(lv.label);
                        values.add(new SearchResult.FacetValue(lv.label, label.en(), label.cy(), count));
                    }
                }
            }
            if (f == Facet.YEAR) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(f, List.copyOf(values));
        }
        return out;
    }
}
