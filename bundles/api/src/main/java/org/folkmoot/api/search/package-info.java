/**
 * Search for modules: a module shows search within its own containers (an assembly's evidence, a
 * plan's comments) without depending on the search bundle.
 *
 * <p>{@link org.folkmoot.api.search.ContainerSearch} is a service the search bundle provides. A module
 * takes it as an optional, dynamic reference (search is a feature a council may not enable) and asks
 * with a {@link org.folkmoot.api.search.SearchQuery}: the resident's words, the containers to look in
 * (each a {@link org.folkmoot.api.container.ContainerRef}), whether contributions to their children
 * count too (containers whose parent, as the owning module's
 * {@link org.folkmoot.api.container.ContainerProvider} describes it, is one of them), a language and a
 * page. Words are searched as on the search page: the words of a resident's query mostly required,
 * ranked by relevance, misspellings searched as their nearest indexed spelling; blank words list the
 * containers' contributions newest first. Nothing a resident types makes it fail.
 *
 * <p>The answer, {@link org.folkmoot.api.search.SearchResults}, counts every match and gives one page of
 * {@link org.folkmoot.api.search.SearchHit}s: the title, a snippet (HTML: escaped text with the words in
 * {@code <mark>}, so a template prints it unescaped), the link to the page where it was said (its own
 * link, else its container's page) and the date. Only published contributions are found, redacted of
 * personal data as the archive gives them; an erasure or a hide leaves results within a second.
 *
 * <pre>{@code
 * @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
 * volatile ContainerSearch search;
 * ...
 * ContainerSearch s = search;
 * if (s != null) {
 *     SearchResults r = s.search(SearchQuery.within(words, new ContainerRef("assembly", id)).withChildren()
 *             .page(offset, 10));
 *     // "Showing " + r.first() + " to " + r.last() + " of " + r.total() + " results"
 * }
 * }</pre>
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
