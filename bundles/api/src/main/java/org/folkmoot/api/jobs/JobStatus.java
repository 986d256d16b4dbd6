package org.folkmoot.api.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a job stands, for officers' pages.
 *
 * @param name      the job's name
 * @param key       its key
 * @param state     {@code PENDING} (waiting, or being retried), {@code DONE} or {@code FAILED}
 *                  (a one-off job that used up its attempts)
 * @param dueAt     when it runs next (or last ran)
 * @param attempts  runs since it last succeeded
 * @param lastError the last failure's message (e-mail addresses removed); empty after a success
 */
public record JobStatus(String name, String key, String state, Instant dueAt, int attempts, Optional<String> lastError) {
}
