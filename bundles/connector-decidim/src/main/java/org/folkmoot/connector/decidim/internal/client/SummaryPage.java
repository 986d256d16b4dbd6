package org.folkmoot.connector.decidim.internal.client;

import java.util.List;

/** One page of a reconcile's listing; see {@link ItemPage} for the meaning of {@code complete}. */
public record SummaryPage(List<ItemSummary> items, String endCursor, boolean hasNext, List<String> errors, boolean complete) {

    public SummaryPage {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }
}
