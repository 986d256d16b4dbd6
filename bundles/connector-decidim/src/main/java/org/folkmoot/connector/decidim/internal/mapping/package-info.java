/**
 * From a Decidim item to the archive: {@link org.folkmoot.connector.decidim.internal.mapping.ContributionMapper}
 * is the one mapping (external id, human-written text, detected language, pseudonymous author, container
 * and link) and {@link org.folkmoot.connector.decidim.internal.mapping.DecidimContainers} names the
 * containers (space and component) contributions are filed under.
 */
package org.folkmoot.connector.decidim.internal.mapping;
