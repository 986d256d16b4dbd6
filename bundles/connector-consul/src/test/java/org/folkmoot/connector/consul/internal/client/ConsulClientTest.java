package org.folkmoot.connector.consul.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.folkmoot.connector.consul.fixture.FakeConsul;
import org.folkmoot.connector.consul.fixture.FakeConsul.Fault;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the fake site over real HTTP; its clock moves only when it waits, and every wait is recorded. */
class ConsulClientTest {

    private final FakeConsul consul = FakeConsul.start();
    private final TestClock time = TestClock.at(Instant.parse("2026-11-20T10:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void close() {
        consul.close();
    }

    private ConsulReader reader(int perMinute, Duration timeout) {
        return new ConsulReader(new ConsulClient(consul.api(), perMinute, timeout, HttpClient.newHttpClient(), time, d -> {
            waits.add(d);
            time.advance(d);
        }));
    }

    @Test
    void requestsAreSpacedToStayUnderTheRate() throws Exception {
        ConsulReader reader = reader(30, Duration.ofSeconds(10));

        for (int i = 0; i < 3; i++) {
            reader.page(ItemType.DEBATE, null);
        }

        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), waits, "30 a minute: one every two seconds");
    }

    @Test
    void retryAfterInSecondsOrAsADateIsWaitedOut() throws Exception {
        consul.fail(Fault.tooManyRequests("7"), Fault.tooManyRequests("Fri, 20 Nov 2026 10:01:00 GMT"), Fault.tooManyRequests(null));
        ConsulReader reader = reader(6000, Duration.ofSeconds(10));

        assertEquals(4, reader.page(ItemType.PROPOSAL, null).items().size());

        assertTrue(waits.contains(Duration.ofSeconds(7)), waits.toString());
        assertTrue(waits.stream().anyMatch(w -> w.toSeconds() >= 50 && w.toSeconds() <= 53), "until the date: " + waits);
        assertTrue(waits.contains(Duration.ofMinutes(1)), "a minute when the site does not say: " + waits);
    }

    @Test
    void aWaitOfMoreThanAQuarterOfAnHourEndsTheRunWithAdvice() {
        consul.fail(Fault.tooManyRequests("3600"));

        SourceException e = assertThrows(SourceException.class, () -> reader(6000, Duration.ofSeconds(10)).page(ItemType.PROPOSAL, null));

        assertTrue(e.getMessage().contains("60 minutes"), e.getMessage());
        assertTrue(e.advice().contains("lower requestsPerMinute"), e.advice());
    }

    @Test
    void serverErrorsAreTriedAgainWithGrowingPausesThenGivenUpWithAdvice() throws Exception {
        consul.fail(Fault.status(503), Fault.status(500));
        assertEquals(4, reader(6000, Duration.ofSeconds(10)).page(ItemType.PROPOSAL, null).items().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);

        waits.clear();
        consul.fail(Fault.status(500), Fault.status(500), Fault.status(500), Fault.status(500), Fault.status(500), Fault.status(500));
        SourceException e = assertThrows(SourceException.class, () -> reader(6000, Duration.ofSeconds(10)).page(ItemType.PROPOSAL, null));
        assertEquals("The site answered 500 6 times", e.getMessage());
        assertTrue(e.advice().contains("tell the site's administrators"), e.advice());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16)), waits);
    }

    @Test
    void aSlowAnswerIsAbandonedAtTheTimeoutAndAskedAgain() throws Exception {
        consul.fail(Fault.slow(3000));

        assertEquals(1, reader(6000, Duration.ofSeconds(1)).page(ItemType.DEBATE, null).items().size());

        assertEquals(2, consul.queries().size(), "asked again after the timeout");
        assertEquals(List.of(Duration.ofSeconds(1)), waits, "a back-off after the timeout");
    }

    @Test
    void aFieldTheSchemaLacksIsARefusalWithAdvice() {
        ConsulClient client = new ConsulClient(consul.api(), 6000, Duration.ofSeconds(10), HttpClient.newHttpClient(), time, d -> { });

        SourceException e = assertThrows(SourceException.class, () -> client.query("{ proposals { edges { node { id author_email } } } }"));

        assertTrue(e.getMessage().contains("Field 'author_email' doesn't exist on type 'Proposal'"), e.getMessage());
    }

    @Test
    void datesInTheFormsCONSULGivesThem() {
        assertEquals(Instant.parse("2026-10-05T09:00:00Z"), ConsulReader.instant("2026-10-05 09:00:00 UTC"));
        assertEquals(Instant.parse("2026-10-05T08:00:00Z"), ConsulReader.instant("2026-10-05 09:00:00 +0100"));
        assertEquals(Instant.parse("2026-10-05T09:00:00Z"), ConsulReader.instant("2026-10-05T10:00:00+01:00"));
        assertEquals(null, ConsulReader.instant("yesterday"));
    }
}
