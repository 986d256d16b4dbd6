package org.folkmoot.connector.decidim.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.folkmoot.connector.decidim.fixture.FakeDecidim;
import org.folkmoot.connector.decidim.fixture.FakeDecidim.Fault;
import org.folkmoot.connector.decidim.internal.site.DecidimSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GraphqlClientTest {

    private static final String QUERY = "query { decidim { version } }";

    private final FakeDecidim decidim = FakeDecidim.start("0.27");
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        decidim.close();
    }

    private GraphqlClient client(int perMinute, Duration timeout, String key, String secret) {
        DecidimSite site = new DecidimSite(decidim.publicUrl(), decidim.api(), key, secret, List.of(), Duration.ofMinutes(15),
                Duration.ofHours(24), perMinute, timeout);
        return new GraphqlClient(site, HttpClient.newHttpClient(), new Pacer(perMinute, time, time), time, new ObjectMapper());
    }

    private GraphqlClient client() {
        return client(60, Duration.ofSeconds(10), "", "");
    }

    @Test
    void requestsAreSpacedToStayUnderTheConfiguredRate() throws Exception {
        GraphqlClient client = client(30, Duration.ofSeconds(10), "", "");
        for (int i = 0; i < 4; i++) {
            client.query(QUERY, Map.of());
        }
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)), time.waits(),
                "30 a minute: one every two seconds");
        assertEquals(4, decidim.answered());
    }

    @Test
    void aTooManyRequestsAnswerIsHonouredForAsLongAsRetryAfterSays() throws Exception {
        decidim.fail(Fault.tooManyRequests("17"));

        GraphqlAnswer answer = client().query(QUERY, Map.of());

        assertEquals("0.27.6", answer.data().path("decidim").path("version").asText());
        assertTrue(time.waited().compareTo(Duration.ofSeconds(17)) >= 0, "waited " + time.waits());
        assertEquals(1, decidim.answered());
    }

    @Test
    void serverErrorsAreRetriedWithGrowingPausesAndThenGivenUpWithAdvice() throws Exception {
        decidim.fail(Fault.status(503), Fault.status(502));
        assertEquals("0.27.6", client().query(QUERY, Map.of()).data().path("decidim").path("version").asText());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.waits().stream()
                .filter(d -> d.toSeconds() >= 1).toList(), "backed off 1 s, then 2 s");

        decidim.failAlways(Fault.status(500));
        SourceException e = assertThrows(SourceException.class, () -> client().query(QUERY, Map.of()));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
        assertTrue(e.advice().contains("next sync"), e.advice());
    }

    @Test
    void aSlowAnswerTimesOutAndIsAskedForAgain() throws Exception {
        decidim.fail(Fault.slow(1500));

        GraphqlAnswer answer = client(60, Duration.ofMillis(300), "", "").query(QUERY, Map.of());

        assertFalse(answer.partial());
        assertEquals("0.27.6", answer.data().path("decidim").path("version").asText());
        assertTrue(time.waits().contains(Duration.ofSeconds(1)), "backed off after the timeout: " + time.waits());
    }

    @Test
    void aSiteThatRequiresSignInGetsTheApiUsersTokenAndAWrongSecretIsExplained() throws Exception {
        decidim.requireSignIn("folkmoot", "s3cret");

        assertEquals("0.27.6", client(60, Duration.ofSeconds(10), "folkmoot", "s3cret").query(QUERY, Map.of()).data()
                .path("decidim").path("version").asText());

        SourceException e = assertThrows(SourceException.class,
                () -> client(60, Duration.ofSeconds(10), "folkmoot", "wrong").query(QUERY, Map.of()));
        assertTrue(e.advice().contains("apiKey and apiSecret"), e.advice());
        assertFalse(e.getMessage().contains("wrong"), "never the secret");
    }

    @Test
    void aQueryTheSchemaDoesNotKnowIsARefusalSayingSo() {
        SourceException e = assertThrows(SourceException.class, () -> client().query("query { decidim { nonsense } }", Map.of()));
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
    }
}
