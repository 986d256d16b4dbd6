/**
 * The bootstrap from Decidim's open-data export ({@code open-data.zip}): years of a site's history in one
 * download, taken into the archive through the same mapping as the GraphQL follower, so that the follower
 * carries on from it without duplicates (the external ids are the same).
 *
 * <p>An import runs in two passes over the uploaded file. The first ({@link OpenDataImport#check}) reads every CSV
 * file through and refuses the whole upload, before anything is written, when it is not a ZIP, is a ZIP bomb,
 * holds an entry over the limits, is another site's export or has a CSV file that cannot be parsed. The second
 * ({@link OpenDataImport#run}) streams the rows again, maps each to a
 * {@link org.folkmoot.connector.decidim.internal.item.DecidimItem} ({@link OpenDataRow}) and appends it through
 * {@link org.folkmoot.connector.decidim.internal.mapping.ContributionMapper} in batches, one transaction each.
 * A row that cannot be taken in is refused with its file, line and what to do; the others are kept. Nothing
 * holds more than a batch of items in memory.
 *
 * <p>Decidim writes one CSV file per kind ({@code <host>-open-data-proposals.csv},
 * {@code ...-proposal_comments.csv}, ...), columns flattened with slashes ({@code title/en},
 * {@code body/machine_translations/es}, {@code author/id}), arrays joined with ", ", separated by semicolons
 * on many sites and by commas on others; a kind a site does not use comes as an empty file.
 */
package org.folkmoot.connector.decidim.internal.opendata;
