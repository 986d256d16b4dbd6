package org.folkmoot.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TestClockTest {

    @Test
    void movesWhenTheTestMovesItAndOnlyThen() {
        TestClock clock = TestClock.on(LocalDate.of(2027, 3, 27));
        assertEquals(clock.instant(), clock.instant());
        clock.advanceDays(1);
        assertEquals(LocalDate.of(2027, 3, 28), clock.today(), "the clocks go forward that night; noon stays the same day");
        assertEquals(clock.instant(), clock.withZone(java.time.ZoneOffset.UTC).instant(), "one time, seen from any zone");
    }
}
