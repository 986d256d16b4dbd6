package org.folkmoot.connector.decidim.internal.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps requests to one site under its configured rate: at most {@code perMinute} a minute, evenly
 * spaced, and none before a {@code Retry-After} the site asked for has passed. One pacer per site,
 * shared by every sync of that site in this runtime.
 */
public final class Pacer {

    private final Duration gap;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant next = Instant.MIN;

    public Pacer(int perMinute, Clock clock, Sleeper sleeper) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one request a minute");
        }
        this.gap = Duration.ofMillis(60_000L / perMinute);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until the next request may go, and books the slot after it. */
    public synchronized void awaitTurn() throws InterruptedException {
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            sleeper.sleep(Duration.between(now, next));
            now = clock.instant();
        }
        next = (now.isAfter(next) ? now : next).plus(gap);
    }

    /** The site asked us to wait (429 with Retry-After, or a back-off after a failure): no request before then. */
    public synchronized void holdFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(next)) {
            next = until;
        }
    }

    /** The spacing between two requests. */
    public Duration gap() {
        return gap;
    }
}
