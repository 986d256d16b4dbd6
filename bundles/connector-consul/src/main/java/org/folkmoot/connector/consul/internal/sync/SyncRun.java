package org.folkmoot.connector.consul.internal.sync;

import java.time.Instant;

/**
 * One sync run as officers see it (a row of {@code consul_run}).
 *
 * @param id         its number
 * @param host       the site
 * @param startedAt  when it started
 * @param finishedAt when it ended; null while running (or when the runtime stopped under it)
 * @param outcome    running, done, partial (some items could not be read) or failed
 * @param counts     what it did
 * @param problem    what went wrong, or empty
 * @param advice     what to do about it, or empty
 */
public record SyncRun(long id, String host, Instant startedAt, Instant finishedAt, String outcome, SyncCounts counts,
        String problem, String advice) {
}
