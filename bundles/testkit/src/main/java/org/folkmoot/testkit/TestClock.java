package org.folkmoot.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} a test moves by hand: deadlines, reminders and "overdue" are computed from an
 * injected clock, and this one lets a test be on the day before, the day of and the day after without
 * waiting. Thread-safe, so a component under test may read it from its own threads.
 */
public final class TestClock extends Clock {

    /** Councils' local time. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static TestClock at(Instant instant) {
        return new TestClock(new AtomicReference<>(instant), LONDON);
    }

    /** Noon in London on the given day: far from midnight, so a day is a day in either time zone. */
    public static TestClock on(LocalDate day) {
        return at(day.atTime(12, 0).atZone(LONDON).toInstant());
    }

    public TestClock advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
        return this;
    }

    public TestClock advanceDays(long days) {
        return advance(Duration.ofDays(days));
    }

    public TestClock set(Instant instant) {
        now.set(instant);
        return this;
    }

    /** Noon in London on the given day, as {@link #on(LocalDate)}. */
    public TestClock set(LocalDate day) {
        return set(day.atTime(12, 0).atZone(LONDON).toInstant());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Shares the same moving time, seen from another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
