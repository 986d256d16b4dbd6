package org.folkmoot.connector.decidim.internal.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the code under test waits: every wait is recorded and taken at once. */
public final class FakeTime extends Clock implements Sleeper {

    private volatile Instant now = Instant.parse("2026-11-20T10:00:00Z");
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }

    public Duration waited() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** Moves the clock on, as days pass between syncs. */
    public void pass(Duration d) {
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
