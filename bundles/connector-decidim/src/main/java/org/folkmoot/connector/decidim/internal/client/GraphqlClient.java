package org.folkmoot.connector.decidim.internal.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.folkmoot.connector.decidim.internal.site.DecidimSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts GraphQL queries to one Decidim site over {@code java.net.http}, politely: paced by a {@link Pacer},
 * waiting as long as a {@code 429}'s {@code Retry-After} says, backing off after a {@code 5xx}, a timeout or a
 * dropped connection, and giving up with a {@link SourceException} saying what to do after
 * {@value #ATTEMPTS} tries. A site that needs an API user is signed in to first ({@code POST /api/sign_in}),
 * and again when the token is refused.
 */
public final class GraphqlClient {

    static final int ATTEMPTS = 6;
    /** The longest a site may ask us to wait before we give up on this run (the next run tries again). */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(GraphqlClient.class);

    private final DecidimSite site;
    private final HttpClient http;
    private final Pacer pacer;
    private final Sleeper sleeper;
    private final ObjectMapper json;
    private volatile String token;
    private int requests;

    public GraphqlClient(DecidimSite site, HttpClient http, Pacer pacer, Sleeper sleeper, ObjectMapper json) {
        this.site = site;
        this.http = http;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.json = json;
    }

    /** A client with its own HTTP client and the real clock. */
    public static GraphqlClient of(DecidimSite site, Pacer pacer) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(site.timeout()).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new GraphqlClient(site, http, pacer, Sleeper.REAL, new ObjectMapper());
    }

    /** A pacer for a site at its configured rate. */
    public static Pacer pacerFor(DecidimSite site, Clock clock) {
        return new Pacer(site.requestsPerMinute(), clock, Sleeper.REAL);
    }

    /** Requests sent so far (every try counts), for the officers' page. */
    public synchronized int requests() {
        return requests;
    }

    /**
     * Runs one query. Partial answers come back as they are (see {@link GraphqlAnswer}); an answer with no data
     * at all and errors is a refusal.
     */
    public GraphqlAnswer query(String query, Map<String, ?> variables) throws SourceException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a query is always JSON", e);
        }
        boolean signedInAgain = false;
        SourceException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (site.signsIn() && token == null) {
                token = signIn();
            }
            HttpResponse<byte[]> response;
            try {
                response = send(request(site.api(), "application/json", payload));
            } catch (IOException e) {
                last = unreachable(e);
                backOff(attempt, e instanceof HttpTimeoutException ? "timed out" : e.toString());
                continue;
            }
            int status = response.statusCode();
            if (status == 429) {
                Duration wait = retryAfter(response);
                if (wait.compareTo(LONGEST_WAIT) > 0) {
                    throw new SourceException("The site asked us to wait " + wait.toMinutes() + " minutes (429 Too Many Requests)",
                            "Nothing to do: the next sync carries on from here. If it keeps happening, lower requestsPerMinute "
                                    + "in the site's configuration or ask the site's administrators to raise the limit for this server");
                }
                LOG.info("{} asked us to wait {} s (429)", site.host(), wait.toSeconds());
                last = new SourceException("The site kept answering 429 Too Many Requests",
                        "Lower requestsPerMinute in the site's configuration; the next sync carries on from here");
                pacer.holdFor(wait);
                continue;
            }
            if ((status == 401 || status == 403) && site.signsIn() && !signedInAgain) {
                token = null; // the token expired: sign in again, once
                signedInAgain = true;
                attempt--;
                continue;
            }
            if (status >= 500) {
                last = new SourceException("The site answered " + status + " " + attempt + " times",
                        "The site may be down or overloaded: the next sync tries again. If it lasts, tell the site's administrators");
                backOff(attempt, "status " + status);
                continue;
            }
            if (status == 401 || status == 403) {
                throw new SourceException("The site refused us (" + status + ")", site.signsIn()
                        ? "Check apiKey and apiSecret in the site's configuration: the API user may have been removed"
                        : "The site's API needs signing in: ask its administrators for an API user and set apiKey and apiSecret");
            }
            if (status != 200) {
                throw new SourceException("The site answered " + status + " to a query at " + site.api(),
                        "Check url (and apiUrl, if set) in the site's configuration: Decidim serves its API at <url>/api");
            }
            return answer(response.body());
        }
        throw last;
    }

    private GraphqlAnswer answer(byte[] body) throws SourceException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new SourceException("The site's answer was not JSON", "Check url (and apiUrl) in the site's configuration: "
                    + "the address may not be a Decidim API");
        }
        List<GraphqlAnswer.Error> errors = new ArrayList<>();
        for (JsonNode e : root.path("errors")) {
            List<String> path = new ArrayList<>();
            e.path("path").forEach(p -> path.add(p.asText()));
            errors.add(new GraphqlAnswer.Error(e.path("message").asText(""), String.join("/", path)));
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            if (!errors.isEmpty()) {
                throw new SourceException("The site refused the query: " + errors.get(0).message(),
                        "This Decidim may be a version Folkmoot does not know yet: tell Folkmoot's maintainers with this message");
            }
            data = JsonNodeFactory.instance.objectNode();
        }
        return new GraphqlAnswer(data, errors);
    }

    /** Signs the API user in; the token comes back in the {@code Authorization} header. */
    private String signIn() throws SourceException, InterruptedException {
        String form = "api_user%5Bkey%5D=" + URLEncoder.encode(site.apiKey(), StandardCharsets.UTF_8)
                + "&api_user%5Bsecret%5D=" + URLEncoder.encode(site.apiSecret(), StandardCharsets.UTF_8);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<byte[]> response = send(request(site.signIn(), "application/x-www-form-urlencoded",
                        form.getBytes(StandardCharsets.UTF_8)));
                if (response.statusCode() == 429) {
                    pacer.holdFor(retryAfter(response));
                    continue;
                }
                if (response.statusCode() >= 500) {
                    backOff(attempt, "sign-in status " + response.statusCode());
                    continue;
                }
                String auth = response.headers().firstValue("Authorization").orElse("");
                if (response.statusCode() / 100 != 2 || auth.isBlank()) {
                    throw new SourceException("The site did not sign the API user in (" + response.statusCode() + ")",
                            "Check apiKey and apiSecret in the site's configuration against the API user in Decidim's system panel");
                }
                return auth.startsWith("Bearer ") ? auth : "Bearer " + auth;
            } catch (IOException e) {
                backOff(attempt, e.toString());
            }
        }
        throw new SourceException("The site could not be reached to sign in", "Check the site is up and url is right; "
                + "the next sync tries again");
    }

    private HttpRequest request(URI uri, String type, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(site.timeout()).header("Content-Type", type)
                .header("Accept", "application/json").header("User-Agent", "Folkmoot (Decidim connector)")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String t = token;
        if (t != null && !uri.equals(site.signIn())) {
            b.header("Authorization", t);
        }
        return b.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        pacer.awaitTurn();
        synchronized (this) {
            requests++;
        }
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private void backOff(int attempt, String why) throws InterruptedException {
        if (attempt >= ATTEMPTS) {
            return;
        }
        Duration wait = Duration.ofSeconds(Math.min(60, 1L << (attempt - 1)));
        LOG.info("{}: {}, trying again in {} s", site.host(), why, wait.toSeconds());
        sleeper.sleep(wait);
    }

    private SourceException unreachable(IOException e) {
        String what = e instanceof HttpTimeoutException ? "did not answer within " + site.timeout().toSeconds() + " s"
                : "could not be reached (" + e.getClass().getSimpleName() + ")";
        return new SourceException("The site " + what, "Check the site is up and url (or apiUrl) is right; the next sync "
                + "tries again. A slow site may need a larger timeoutSeconds", e);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; a minute when missing or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(java.time.Instant.now(), at.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return Duration.ofMinutes(1);
        }
    }
}
