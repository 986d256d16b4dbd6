/**
 * The contribution index, free of OSGi so it can be tested directly.
 *
 * <p>{@link org.folkmoot.search.internal.index.ContributionIndex} is the single owner of the
 * Lucene writer, searcher manager and near-real-time reopen thread. It indexes
 * {@link org.folkmoot.search.internal.index.IndexedContribution}s (the archive follower's view of a
 * contribution), answers {@link org.folkmoot.search.internal.index.SearchRequest}s with
 * {@link org.folkmoot.search.internal.index.SearchResult}s (BM25 or newest first, facets with
 * multi-select drill sideways, highlighted snippets, did-you-mean), offers type-ahead suggestions
 * and similar contributions. {@link org.folkmoot.search.internal.index.ResidentQueryParser} makes
 * whatever a resident typed into a safe query.
 *
 * <p>{@link org.folkmoot.search.internal.index.IndexFollower} catches the index up with a
 * {@link org.folkmoot.search.internal.index.ContributionFeed}, the seam the archive adapter fills.
 */
package org.folkmoot.search.internal.index;
