package org.folkmoot.connector.decidim.internal.client;

import java.util.List;

import org.folkmoot.connector.decidim.internal.item.DecidimItem;

/**
 * One page of a component's items.
 *
 * @param items     the items that came whole, in id order
 * @param endCursor where the next page starts; null at the end
 * @param hasNext   whether there is a next page
 * @param errors    what the site reported as failed on this page (messages)
 * @param complete  false when some item on the page failed to load: it may exist, so nothing may be taken
 *                  as gone from this listing
 */
public record ItemPage(List<DecidimItem> items, String endCursor, boolean hasNext, List<String> errors, boolean complete) {

    public ItemPage {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }
}
