package org.folkmoot.connector.consul.internal.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts GraphQL queries to one CONSUL site ({@code POST <api>} with a JSON body, as CONSUL's API documents),
 * politely: requests are spaced evenly to stay under {@code requestsPerMinute}; a {@code 429} is waited out for
 * as long as its {@code Retry-After} says (a minute when it does not say); a {@code 5xx}, a timeout or a dropped
 * connection is tried again after 1, 2, 4, 8 and 16 seconds; after {@value #ATTEMPTS} tries the query fails with
 * what to do. One client per site, shared by every run of that site in this runtime, so the spacing holds
 * across runs.
 */
public final class ConsulClient {

    static final int ATTEMPTS = 6;
    /** The longest a site may ask us to wait before this run gives up (the next run carries on). */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(ConsulClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final Duration gap;
    private final Duration timeout;
    private final HttpClient http;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant next = Instant.MIN;
    private int requests;

    /**
     * @param api               the site's GraphQL endpoint
     * @param requestsPerMinute most requests a minute, at least one
     * @param timeout           how long one answer may take
     */
    public ConsulClient(URI api, int requestsPerMinute, Duration timeout, HttpClient http, Clock clock, Sleeper sleeper) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("at least one request a minute");
        }
        this.api = api;
        this.gap = Duration.ofMillis(60_000L / requestsPerMinute);
        this.timeout = timeout;
        this.http = http;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A client with its own HTTP client, the real clock and real waits. */
    public static ConsulClient of(URI api, int requestsPerMinute, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        return new ConsulClient(api, requestsPerMinute, timeout, http, Clock.systemUTC(), Sleeper.REAL);
    }

    /** Requests sent so far (every try counts), for the record of a run. */
    public synchronized int requests() {
        return requests;
    }

    /**
     * Runs one query. A partial answer comes back as it is; an answer with errors and no data at all is a refusal.
     *
     * @throws SourceException when the site cannot be read, with what to do
     */
    public Answer query(String query) throws SourceException, InterruptedException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("query", query));
        } catch (IOException e) {
            throw new IllegalStateException("a query is always JSON", e);
        }
        SourceException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<byte[]> response;
            try {
                awaitTurn();
                response = http.send(HttpRequest.newBuilder(api).timeout(timeout).header("Content-Type", "application/json")
                        .header("Accept", "application/json").header("User-Agent", "Folkmoot (CONSUL connector)")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                last = unreachable(e);
                backOff(attempt, e instanceof HttpTimeoutException ? "timed out" : e.toString());
                continue;
            }
            int status = response.statusCode();
            if (status == 429) {
                Duration wait = retryAfter(response.headers().firstValue("Retry-After").orElse(""), clock.instant());
                if (wait.compareTo(LONGEST_WAIT) > 0) {
                    throw new SourceException("The site asked us to wait " + wait.toMinutes() + " minutes (429 Too Many Requests)",
                            "Nothing to do: the next sync carries on from here. If it keeps happening, lower requestsPerMinute in "
                                    + "the site's configuration or ask the site's administrators to allow this server more");
                }
                LOG.info("{} asked us to wait {} s (429)", api.getHost(), wait.toSeconds());
                last = new SourceException("The site kept answering 429 Too Many Requests",
                        "Lower requestsPerMinute in the site's configuration; the next sync carries on from here");
                holdFor(wait);
                continue;
            }
            if (status >= 500) {
                last = new SourceException("The site answered " + status + " " + attempt + " times",
                        "The site may be down or overloaded: the next sync tries again. If it lasts, tell the site's administrators");
                backOff(attempt, "status " + status);
                continue;
            }
            if (status == 204 || status == 404 || status == 406) {
                // what CONSUL's controller answers when the query raised (an item asked for by id that is not public)
                throw new NotThere("The site answered " + status + " with no data to a query at " + api);
            }
            if (status != 200) {
                throw new SourceException("The site answered " + status + " to a query at " + api,
                        "Check url (and apiUrl, if set) in the site's configuration: CONSUL serves its API at <url>/graphql");
            }
            return answer(response.body());
        }
        throw last;
    }

    /**
     * The site answered without data ({@code 204}, {@code 404}, {@code 406}): what CONSUL's API controller does when
     * the query raised, as asking by id for an item that is not public does.
     */
    public static final class NotThere extends SourceException {
        private static final long serialVersionUID = 1L;

        NotThere(String message) {
            super(message, "Check url (and apiUrl, if set) in the site's configuration: CONSUL serves its API at <url>/graphql");
        }
    }

    private Answer answer(byte[] body) throws SourceException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new SourceException("The site's answer was not JSON",
                    "Check url (and apiUrl) in the site's configuration: the address may not be a CONSUL API");
        }
        List<Answer.Problem> errors = new ArrayList<>();
        for (JsonNode e : root.path("errors")) {
            List<String> path = new ArrayList<>();
            e.path("path").forEach(p -> path.add(p.asText()));
            errors.add(new Answer.Problem(e.path("message").asText(""), String.join("/", path)));
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            if (!errors.isEmpty()) {
                throw new SourceException("The site refused the query: " + errors.get(0).message(),
                        "This CONSUL may be a version Folkmoot does not know yet: tell Folkmoot's maintainers with this message");
            }
            data = JsonNodeFactory.instance.objectNode();
        }
        return new Answer(data, errors);
    }

    /** Waits until the next request may go, and books the slot after it. */
    private void awaitTurn() throws InterruptedException {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Instant at = now.isBefore(next) ? next : now;
            wait = Duration.between(now, at);
            next = at.plus(gap);
            requests++;
        }
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** No request before {@code wait} has passed. */
    private synchronized void holdFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(next)) {
            next = until;
        }
    }

    private void backOff(int attempt, String why) throws InterruptedException {
        if (attempt >= ATTEMPTS) {
            return;
        }
        Duration wait = Duration.ofSeconds(1L << (attempt - 1));
        LOG.info("{}: {}, trying again in {} s", api.getHost(), why, wait.toSeconds());
        sleeper.sleep(wait);
    }

    private SourceException unreachable(IOException e) {
        String what = e instanceof HttpTimeoutException ? "did not answer within " + timeout.toSeconds() + " s"
                : "could not be reached (" + e.getClass().getSimpleName() + ")";
        return new SourceException("The site " + what, "Check the site is up and url (or apiUrl) is right; the next sync tries "
                + "again. A slow site may need a larger timeoutSeconds", e);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; a minute when missing or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return Duration.ofMinutes(1);
        }
    }
}
