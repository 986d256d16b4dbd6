package org.folkmoot.api.jobs;

import java.time.Instant;

/**
 * A due job handed to its {@link JobHandler}.
 *
 * @param name    the job's name, as its handler is registered
 * @param key     the idempotency key it was scheduled with (unique per name)
 * @param payload what the scheduler stored with it (often an id); empty when none
 * @param dueAt   when it was due
 * @param attempt 1 on the first run, 2 on the first retry, ...
 */
public record Job(String name, String key, String payload, Instant dueAt, int attempt) {
}
