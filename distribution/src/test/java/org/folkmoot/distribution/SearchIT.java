package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.folkmoot.testkit.TestFiles;

/**
 * Search in the assembled runtime, through real HTTP: what is imported into the archive becomes
 * searchable within a second; Welsh mutations are found from the radical; hidden and erased
 * contributions leave results, facet counts, suggestions and spelling hints within a second; the
 * index survives a restart and rebuilds itself when its directory is deleted; nothing a resident
 * types gives a 500; a module (the example) searches within its own containers through the API.
 */
class SearchIT {

    private static final String TOKEN = "search-it-admin-token-" + UUID.randomUUID();
    private static final Map<String, String> ENV = Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The promise: acknowledged changes reach search within this. */
    private static final Duration NEAR_REAL_TIME = Duration.ofSeconds(1);
    /** Contributions imported in bulk so a rebuild has something to chew on (and runs in bulk mode). */
    private static final int BULK = 20_000;

    private static FolkmootProcess folkmoot;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(ships("bundle", "platform-") && ships("system", "search-"),
                "the distribution does not ship the platform and search bundles yet");
        folkmoot = FolkmootProcess.install();
        launch();
    }

    /** Starts the runtime and waits for search's endpoints: /health answers before every module has registered. */
    private static void launch() throws Exception {
        folkmoot.launch(ENV);
        folkmoot.await("/api/search/status", r -> r.statusCode() == 200, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (folkmoot != null) {
            folkmoot.close();
        }
    }

    private static boolean ships(String dir, String jarPrefix) {
        try (Stream<Path> files = Files.walk(FolkmootProcess.DISTRIBUTION.resolve(dir))) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(jarPrefix));
        } catch (Exception e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String line(String externalId, String language, String title, String body, String author,
            String locality) {
        ObjectNode n = JSON.createObjectNode();
        n.put("externalId", externalId);
        n.put("language", language);
        n.put("title", title);
        n.put("body", body);
        n.put("author", author);
        n.put("module", "search-it");
        n.put("kind", "comment");
        n.put("locality", locality);
        n.put("created", "2025-06-01T12:00:00Z");
        return n.toString() + "\n";
    }

    private static void importLines(String lines, int expected) throws Exception {
        HttpResponse<String> r = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/api/archive/import"))
                .timeout(Duration.ofMinutes(3)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines, StandardCharsets.UTF_8)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, JSON.readTree(r.body()).get("imported").asInt(), r.body());
    }

    private static HttpResponse<String> post(String path, String json) {
        return folkmoot.send(HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String search(String q, String... more) {
        StringBuilder path = new StringBuilder("/api/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        for (String m : more) {
            path.append('&').append(m);
        }
        return path.toString();
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.statusCode() + " " + r.body(), e);
        }
    }

    private static JsonNode get(String path) {
        HttpResponse<String> r = folkmoot.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return json(r);
    }

    private static Predicate<HttpResponse<String>> answer(Predicate<JsonNode> condition) {
        return r -> r.statusCode() == 200 && condition.test(json(r));
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static long facetCount(JsonNode result, String facet, String value) {
        for (JsonNode v : result.get("facets").path(facet)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    /** Waits (generously) for the condition, then asserts it came within the near-real-time promise. */
    private static void withinOneSecond(String what, String path, Predicate<JsonNode> condition) {
        Duration took = folkmoot.await(path, answer(condition), Duration.ofSeconds(15));
        assertTrue(took.compareTo(NEAR_REAL_TIME) <= 0, what + " took " + took.toMillis() + " ms, more than 1 s");
    }

    private static String idOf(String word) {
        JsonNode r = get(search(word));
        assertEquals(1, r.get("total").asLong(), word + ": " + r);
        return r.get("hits").get(0).get("id").asText();
    }

    private static void awaitCaughtUp(Duration timeout) throws Exception {
        long archive = get("/api/archive/sequence").get("sequence").asLong();
        folkmoot.await("/api/search/status", answer(s -> !s.get("rebuilding").asBoolean()
                && s.get("appliedSequence").asLong() >= archive && s.get("percent").asInt() == 100), timeout);
    }

    // ------------------------------------------------------------------ tests

    @Test
    void followsTheArchiveThroughImportHideErasureRestartAndRebuild() throws Exception {
        // A bulk of petition-like contributions first, so the rebuild below has real work to do.
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < BULK; i++) {
            bulk.append(line("bulk:" + i, i % 7 == 0 ? "cy" : "en", "Petition " + i,
                    i % 7 == 0 ? "Mae angen mwy o fysiau i'r ysbyty a'r ysgol rhif " + i + "."
                            : "Please fund the library, the bus station and the school number " + i + ".",
                    "bulk-" + (i % 101), "W06000015"));
        }
        importLines(bulk.toString(), BULK);
        awaitCaughtUp(Duration.ofSeconds(60));
        assertEquals(BULK - BULK / 7 - 1, get(search("library station", "limit=1")).get("total").asLong());

        // Imported contributions are searchable within 1 s of the import's answer.
        importLines(line("it:keep", "en", "Marmalade stall", "A marmalade stall at the Saturday market, please.",
                "author-keep", "W06000022")
                + line("it:hide", "en", "Marmalade again", "More marmalade by the bandstand in the park.",
                        "author-hide", "W06000022")
                + line("it:erase", "en", "Zanzibarian marmalade", "Zanzibarian marmalade tasting on the quay.",
                        "author-erase", "W06000022")
                + line("it:cy", "cy", "Llyfrgell", "Rydym yn gofyn i'n nghyngor lleol agor y llyfrgell yng Nghaerdydd.",
                        "author-keep", "W06000015"), 4);
        withinOneSecond("an import", search("marmalade"), r -> r.get("total").asLong() == 3);
        JsonNode marmalade = get(search("marmalade"));
        assertEquals(3, facetCount(marmalade, "locality", "W06000022"));
        assertTrue(marmalade.get("hits").get(0).get("snippet").asText().contains("<mark>"), marmalade.toString());
        // Each hit points to where it was said, never to the archive's JSON: with no link and no module
        // describing its container, to what was said in that container on the search page.
        for (JsonNode hit : marmalade.get("hits")) {
            assertTrue(hit.get("url").asText().startsWith("/search?container="), hit.toString());
        }
        String decidim = "https://decidim.example.gov.uk/processes/parks/f/2/proposals/7";
        importLines("{\"externalId\":\"it:linked\",\"body\":\"A quokka sanctuary on the common.\",\"link\":\""
                + decidim + "\"}\n", 1);
        withinOneSecond("a linked import", search("quokka"), r -> r.get("total").asLong() == 1);
        assertEquals(decidim, get(search("quokka")).get("hits").get(0).get("url").asText(), "a contribution from another platform links there");

        // Welsh: the radical finds the mutated forms, and the snippet marks what was written.
        JsonNode cyngor = get(search("cyngor"));
        assertEquals(1, cyngor.get("total").asLong(), cyngor.toString());
        assertEquals("cy", cyngor.get("hits").get(0).get("language").asText());
        assertTrue(cyngor.get("hits").get(0).get("snippet").asText().contains("<mark>nghyngor</mark>"), cyngor.toString());
        assertTrue(get(search("Caerdydd")).get("hits").get(0).get("snippet").asText().contains("<mark>Nghaerdydd</mark>"));

        // The erased contribution's word is offered before erasure (suggestion, and a misspelling of it
        // is searched as it: "Showing results for zanzibarian").
        assertTrue(get("/api/search/suggest?q=zanzib").toString().contains("zanzibarian"));
        JsonNode corrected = get(search("zanzibarien"));
        assertEquals("zanzibarian", corrected.get("showingResultsFor").asText(), corrected.toString());
        assertEquals(1, corrected.get("total").asLong(), corrected.toString());

        // Hidden: gone from results and facet counts within 1 s.
        String hidden = idOf("bandstand");
        assertEquals(200, post("/api/archive/contributions/" + hidden + "/hide", "{\"reason\":\"off topic\"}").statusCode());
        withinOneSecond("a hide", search("marmalade"), r -> r.get("total").asLong() == 2
                && !ids(r).contains(hidden) && facetCount(r, "locality", "W06000022") == 2);
        assertEquals(0, get(search("bandstand")).get("total").asLong());

        // Erased: gone from results, facets, suggestions and hints within 1 s.
        String erased = idOf("quay");
        HttpResponse<String> erasure = post("/api/archive/erasure", "{\"author\":\"author-erase\"}");
        assertEquals(200, erasure.statusCode(), erasure.body());
        withinOneSecond("an erasure", search("marmalade"), r -> r.get("total").asLong() == 1
                && !ids(r).contains(erased) && facetCount(r, "locality", "W06000022") == 1);
        assertEquals(0, get(search("zanzibarian")).get("total").asLong());
        assertFalse(get("/api/search/suggest?q=zanzib").toString().contains("zanzibarian"), "no suggestion of erased words");
        JsonNode afterErasure = get(search("zanzibarien"));
        assertTrue(afterErasure.get("didYouMean").isNull() && afterErasure.get("showingResultsFor").isNull(),
                "no hint towards erased words: " + afterErasure);
        List<String> expected = ids(get(search("marmalade")));

        // After a restart (SIGTERM) everything is still there, and still gone.
        folkmoot.stop();
        launch();
        folkmoot.await(search("marmalade"), answer(r -> ids(r).equals(expected)), Duration.ofSeconds(20));
        assertEquals(1, get(search("cyngor")).get("total").asLong());
        assertEquals(0, get(search("bandstand")).get("total").asLong());

        // The index directory deleted: on start it is rebuilt from the archive, with progress shown.
        folkmoot.stop();
        Path index = folkmoot.home().resolve("data/search/index");
        assertTrue(Files.isDirectory(index), "the index lives at " + index);
        TestFiles.deleteTree(index);
        launch();
        awaitCaughtUp(Duration.ofSeconds(60));
        int contributions = BULK + 5;
        assertEquals(contributions, get("/api/search/status").get("changesApplied").asLong(),
                "the status counts what the rebuild went through");
        assertTrue(folkmoot.log().contains(String.format(java.util.Locale.ROOT, "search: rebuilt the index from %,d changes",
                contributions)), "the rebuild is reported in the log");
        assertEquals(expected, ids(get(search("marmalade"))));
        assertEquals(1, get(search("cyngor")).get("total").asLong());
        assertEquals(0, get(search("bandstand")).get("total").asLong());
        assertEquals(0, get(search("zanzibarian")).get("total").asLong());
        assertEquals("https://decidim.example.gov.uk/processes/parks/f/2/proposals/7",
                get(search("quokka")).get("hits").get(0).get("url").asText(), "the link survives a rebuild");
        assertEquals(BULK - BULK / 7 - 1, get(search("library station", "limit=1")).get("total").asLong());
        assertTrue(folkmoot.get("/search?q=cyngor&lang=cy").body().contains("<mark>nghyngor</mark>"));
    }

    @Test
    void nothingAResidentTypesGivesA500AndBadParametersAreClearProblems() throws Exception {
        List<String> hostile = List.of("\"unbalanced", "\"\"\"", "((((", "))) school (", "[brackets]", "{braces}",
                "*", "-", "+", "|", "&&", "||", "!", "~", "~2", "school~", "sch*", "?", "\\", "\\\\\"", "-school",
                "school AND", "OR", "NOT school", "title:school", "body_en:school", "id:*", "language:cy",
                "school\u0000\u0001\u0007\u001b[31m", "\u202e\u200b\ufeff", "\ud800", "😀 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "a".repeat(6_000),
                "word ".repeat(1_200), "\"" + "(".repeat(500), "%00%0a", "<script>alert(1)</script>", "' OR 1=1 --");
        for (String q : hostile) {
            for (String path : List.of(search(q), "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    "/api/search/suggest?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))) {
                HttpResponse<String> r = folkmoot.get(path);
                assertEquals(200, r.statusCode(), abbreviate(path) + " -> " + r.statusCode() + " " + abbreviate(r.body()));
                if (path.startsWith("/search")) {
                    assertFalse(r.body().contains("<script>alert"), "never echoed unescaped: " + abbreviate(path));
                }
            }
        }
        assertEquals(0, get(search("*")).get("total").asLong(), "a lone * does not list everything");
        assertEquals(0, get(search("-anything")).get("total").asLong(), "a lone -word does not list everything");

        // 20,000 characters: too long for a URL; refused by the server before search sees it, never a 500.
        HttpResponse<String> huge = folkmoot.get(search("x".repeat(20_000)));
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "20k-character query: " + huge.statusCode());

        for (String bad : List.of("limit=0", "limit=101", "limit=ten", "limit=99999999999", "offset=-1",
                "offset=10000", "sort=best", "from=yesterday", "until=2024-13-01", "from=2025-02-01&until=2025-01-01")) {
            for (String base : List.of("/api/search?q=school&", "/search?q=school&")) {
                HttpResponse<String> r = folkmoot.get(base + bad);
                assertEquals(400, r.statusCode(), base + bad + " -> " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        base + bad);
                assertEquals(400, json(r).get("status").asInt());
            }
        }
        // Unknown filter values simply match nothing.
        assertEquals(0, get("/api/search?q=school&language=%00&year=abc&module=" + "m".repeat(500)).get("total").asLong());
    }

    /**
     * A module's search within its own containers, as the example module does it through
     * {@code org.folkmoot.api.search.ContainerSearch}: only what was said in its containers, in one
     * language if asked, a page at a time, linked to where it was said.
     */
    @Test
    void aModuleSearchesWithinItsOwnContainers() throws Exception {
        StringBuilder lines = new StringBuilder();
        String[][] rows = {
            {"evidence-1", "e1", "en", "Flood defences", "Evidence on flood defences along the riverbank from the water company."},
            {"evidence-2", "e1", "en", "River levels", "The riverbank flood gauge shows river levels rising each winter."},
            {"evidence-3", "e1", "cy", "Amddiffynfeydd llifogydd", "Tystiolaeth am lifogydd ar lan yr afon."},
            {"evidence-4", "e2", "en", "Flood insurance", "Another assembly heard evidence on flood insurance."},
        };
        for (String[] row : rows) {
            ObjectNode n = JSON.createObjectNode();
            n.put("externalId", "search-it:" + row[0]);
            n.put("module", "search-it");
            n.put("containerType", "evidence");
            n.put("containerId", row[1]);
            n.put("containerTitle", "Evidence " + row[1]);
            n.put("language", row[2]);
            n.put("title", row[3]);
            n.put("body", row[4]);
            n.put("created", "2025-0" + (rows.length - List.of(rows).indexOf(row)) + "-01T12:00:00Z");
            lines.append(n).append('\n');
        }
        importLines(lines.toString(), rows.length);
        folkmoot.deploy(folkmoot.exampleJar());
        String path = "/api/example/search?container=evidence/e1&q=flood";
        folkmoot.await(path, answer(r -> r.path("total").asLong() == 2), Duration.ofSeconds(15));

        JsonNode flood = get(path);
        assertEquals("Showing 1 to 2 of 2 results", flood.get("showing").asText(), flood.toString());
        List<String> titles = new ArrayList<>();
        flood.get("hits").forEach(h -> titles.add(h.get("title").asText()));
        assertFalse(titles.contains("Flood insurance"), "another container's contribution: " + titles);
        JsonNode first = flood.get("hits").get(0);
        assertTrue(first.get("snippet").asText().contains("<mark>"), first.toString());
        assertEquals("/search?container=evidence%2Fe1", first.get("link").asText(),
                "no module describes the container: its contributions on the search page");
        assertTrue(first.get("date").asText().startsWith("2025-"), first.toString());

        JsonNode welsh = get("/api/example/search?container=evidence/e1&language=cy");
        assertEquals(1, welsh.get("total").asLong(), welsh.toString());
        assertEquals("Amddiffynfeydd llifogydd", welsh.get("hits").get(0).get("title").asText());

        JsonNode secondPage = get(path + "&offset=1&limit=1");
        assertEquals("Showing 2 to 2 of 2 results", secondPage.get("showing").asText(), secondPage.toString());
        JsonNode both = get("/api/example/search?container=evidence/e1&container=evidence/e2&q=insurance");
        assertEquals(1, both.get("total").asLong(), both.toString());

        HttpResponse<String> noContainer = folkmoot.get("/api/example/search?q=flood");
        assertEquals(400, noContainer.statusCode(), noContainer.body());
        HttpResponse<String> badPage = folkmoot.get(path + "&limit=500");
        assertEquals(400, badPage.statusCode(), badPage.body());
        for (String hostile : List.of("\"unbalanced (", "*", "-", "field:value", "a".repeat(3_000))) {
            HttpResponse<String> r = folkmoot.get("/api/example/search?container=evidence/e1&q="
                    + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), abbreviate(hostile) + " -> " + abbreviate(r.body()));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
