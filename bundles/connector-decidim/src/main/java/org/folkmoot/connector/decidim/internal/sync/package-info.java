/**
 * Keeping the archive in step with a Decidim site.
 *
 * <p>{@link org.folkmoot.connector.decidim.internal.sync.SiteSync} walks a site's followed components
 * page by page: {@code newItems()} takes what was published since the last look, {@code reconcile()}
 * compares every item's dates and counts with what {@link org.folkmoot.connector.decidim.internal.sync.SyncStore}
 * last saw and fetches only what changed. {@link org.folkmoot.connector.decidim.internal.sync.ArchiveWriter}
 * turns each difference into the archive's own operation: append (idempotent by external id), edit, hide
 * with the reason, unhide, erase the author. After every page the run records where it is, so a restart
 * resumes it; what a run did is kept for the officers' page.
 */
package org.folkmoot.connector.decidim.internal.sync;
