package org.folkmoot.api.search;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches the contributions written to some containers, for a module's own pages. Provided by the
 * search bundle when it runs; see the package documentation.
 */
@ProviderType
public interface ContainerSearch {

    /**
     * One page of the contributions in the query's containers that match its words, best first (newest
     * first when there are no words). Never throws for what a resident typed.
     *
     * @throws IllegalStateException if the index cannot be read just now (the message says so, for a page
     *                               to show; try again shortly)
     */
    SearchResults search(SearchQuery query);
}
