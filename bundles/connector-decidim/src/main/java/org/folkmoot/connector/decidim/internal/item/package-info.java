/**
 * Decidim's resident contributions as the source gives them: {@link org.folkmoot.connector.decidim.internal.item.DecidimItem}
 * (a proposal, debate, meeting, result or comment, with its space and component, every translation of its
 * title and body, its author's id on the site, its dates, URL and counts). Both ways in (the GraphQL
 * follower and the open-data bootstrap) build these; the mapping package turns one into a contribution.
 */
package org.folkmoot.connector.decidim.internal.item;
