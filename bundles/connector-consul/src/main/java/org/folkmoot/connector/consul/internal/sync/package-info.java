/**
 * Keeping the archive in step with a CONSUL site.
 *
 * <p>CONSUL's API tells neither when an item changed nor how many versions it has, and its pages are offsets
 * into the whole list: so a sync reads every followed collection ({@code proposals}, {@code debates},
 * {@code comments}) page by page, compares each item's mapped text with what it saw last time (a hash in
 * {@code consul_item}), and writes to the archive only what changed. An item a complete pass did not list is
 * asked for by id before it is taken as gone (an item deleted during the pass shifts the offsets, so one
 * listing alone could miss a present item). After every page the run records where it is
 * ({@code consul_site_state}), so a run stopped by a restart or a failure resumes there.
 */
package org.folkmoot.connector.consul.internal.sync;
