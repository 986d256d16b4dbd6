package org.folkmoot.connector.decidim.internal.sync;

import java.time.LocalDate;

/**
 * A site's progress (a row of {@code decidim_site_state}).
 *
 * @param host          the site
 * @param schemaSummary what its schema offered at the last run, for officers
 * @param newItemsSince the day the next look for new items asks from; null before the first run (everything)
 * @param runKind       the run under way or interrupted ({@code new-items}, {@code reconcile}), or null
 * @param runId         its row in {@code decidim_run}
 * @param runComponent  the component it had reached
 * @param runCursor     the page it had reached there, or null
 * @param backlog       components left in that run
 */
public record SiteState(String host, String schemaSummary, LocalDate newItemsSince, String runKind, Long runId,
        String runComponent, String runCursor, int backlog) {

    public static SiteState empty(String host) {
        return new SiteState(host, "", null, null, null, null, null, 0);
    }

    /** Whether an interrupted run of this kind can be resumed. */
    public boolean resumes(String kind) {
        return kind.equals(runKind) && runId != null && runComponent != null;
    }
}
