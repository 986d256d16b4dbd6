package org.folkmoot.platform.internal.jobs;

import java.time.Duration;

/**
 * How long to wait before retrying a failed job: the first wait, doubled after each failure, up to
 * the longest; and how many runs a one-off job gets before it is left FAILED.
 */
public record Backoff(Duration first, Duration longest, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff: first <= longest and at least one attempt");
        }
    }

    /** The wait after the given (1-based) failed attempt. */
    public Duration after(int attempt) {
        Duration d = first;
        for (int i = 1; i < attempt && d.compareTo(longest) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(longest) > 0 ? longest : d;
    }
}
