package org.folkmoot.connector.decidim.internal.client;

import java.util.List;

/**
 * One page of a component's items, as a GraphQL connection gives them.
 *
 * @param items     what was read, in id order (items, or the summaries a reconcile compares)
 * @param endCursor where the next page starts; null at the end
 * @param hasNext   whether there is a next page
 * @param errors    what the site reported as failed on this page (messages)
 * @param complete  false when some item on the page failed to load: it may exist, so nothing may be taken as
 *                  gone from this listing
 */
public record ConnectionPage<T>(List<T> items, String endCursor, boolean hasNext, List<String> errors, boolean complete) {

    public ConnectionPage {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }
}
