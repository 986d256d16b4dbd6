package org.folkmoot.api.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A job to schedule.
 *
 * @param name    the handler's name ({@code <module>.<what>}, at most 100 characters)
 * @param key     idempotency key, unique per name (at most 300 characters): scheduling the same
 *                name and key again while the job exists changes nothing
 * @param at      when it is first due
 * @param payload stored with the job and handed to the handler (at most 4,000 characters; no
 *                personal data: officers can read it)
 * @param every   for a recurring job, the interval between runs; empty for a one-off job
 */
public record JobRequest(String name, String key, Instant at, String payload, Optional<Duration> every) {

    public JobRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        payload = payload == null ? "" : payload;
        every = every == null ? Optional.empty() : every;
        if (every.isPresent() && (every.get().isNegative() || every.get().getSeconds() < 1)) {
            throw new IllegalArgumentException("a recurring job needs an interval of one second or more");
        }
    }

    /** A job due once, at {@code at}. */
    public static JobRequest once(String name, String key, Instant at, String payload) {
        return new JobRequest(name, key, at, payload, Optional.empty());
    }

    /** A job first due at {@code first}, then every {@code interval} after each run. */
    public static JobRequest every(String name, String key, Instant first, Duration interval) {
        return new JobRequest(name, key, first, "", Optional.of(interval));
    }
}
