package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hostile values sent to every date parameter and every importer the shipped runtime has: each
 * answer is a 4xx {@code application/problem+json} (never a 500), and nothing was half-written
 * (the archive, the register and the cases are as they were). The targets are listed here by
 * hand, one per endpoint that reads a date or imports a file: {@code /api/search} and
 * {@code /search} ({@code from}, {@code until}), the asset cases' JSON bodies (the date of a
 * request, a nomination, a transfer and a step, and a step's date arguments), the officers' forms,
 * the register's CSV import and the archive's JSON Lines import.
 */
class HostileInputIT {

    private static final String TOKEN = "hostile-it-admin-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values no date parameter may take. */
    static final List<String> HOSTILE_DATES = List.of("+999999999-12-31", "-999999999-01-01", "99999-01-01",
            "1066-10-14", "2201-01-01", "2024-02-30", "2023-02-29", "2024-13-01", "\u0000", "%00", "2024-01-31\u0000",
            "x".repeat(10_240), "2024-01-31T25:00:00Z", "31/01/2024", "   ", "null", "\uD800");

    private static FolkmootProcess folkmoot;
    private static HttpResponse<String> firstImport;
    private static HttpResponse<String> firstSearch;

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        // launch() returns at the first 200 from /health, as a deployment script waiting for it would
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN));
        firstImport = post("/api/assets/register/import", "text/csv",
                "UPRN,AssetCode,PropertyName\n100,H1,Hostile Hall\n".getBytes(StandardCharsets.UTF_8));
        firstSearch = folkmoot.get("/api/search?q=hall");
        assertEquals(200, firstImport.statusCode(), "the register import right after /health said ready: " + firstImport.body());
        HttpResponse<String> opened = post("/api/assets/cases/requests", "application/json", json(Map.of("id", "HOST-1",
                "uprn", "100", "assetCode", "H1", "communityBody", "Hostile Hall Trust", "transferType", "OWNERSHIP",
                "date", "2026-01-05")));
        assertEquals(200, opened.statusCode(), opened.body());
    }

    @AfterAll
    static void stop() throws Exception {
        String log = folkmoot.log();
        folkmoot.close();
        assertFalse(log.contains("Incident "), "no hostile value reached a 500: " + log.lines()
                .filter(l -> l.contains("Incident ")).findFirst().orElse(""));
    }

    /** Ready means ready: /health said 200 only once the modules in deploy/ served their endpoints. */
    @Test
    void whatHealthCallsReadyServesEveryEnabledModule() {
        assertEquals(200, firstImport.statusCode(), firstImport.body());
        assertEquals(200, firstSearch.statusCode(), firstSearch.body());
        assertTrue(folkmoot.log().contains("every module in deploy/ is active and serving (assemblies, assets, connector-consul, connector-decidim, plans, search)"), folkmoot.log());
        HttpResponse<String> live = folkmoot.get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"UP\""), live.body());
    }

    @Test
    void searchDatesAreRefusedWithAProblemOnTheApiAndThePage() {
        String before = state();
        for (String path : List.of("/api/search", "/search")) {
            for (String name : List.of("from", "until")) {
                for (String value : HOSTILE_DATES) {
                    if (value.isBlank()) {
                        continue; // a blank date is no filter, not a mistake
                    }
                    String query = path + "?q=library&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    if (path.equals("/search")) {
                        // the page answers a browser with the site's error page
                        HttpResponse<String> page = folkmoot.get(query, "Accept", "text/html");
                        assertEquals(400, page.statusCode(), query + ": " + page.body());
                        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), query);
                        assertTrue(page.body().contains(name + " must be"), query + ": " + page.body());
                        continue;
                    }
                    HttpResponse<String> r = folkmoot.get(query, "Accept", "application/json");
                    assertProblem(r, 400, query);
                    assertTrue(r.body().contains(name + " must be"), query + ": " + r.body());
                }
            }
        }
        // the reported case, with its '+' unescaped (a space to the server) and escaped
        assertProblem(folkmoot.get("/api/search?from=+999999999-12-31"), 400, "+ unescaped");
        assertEquals(400, folkmoot.get("/search?until=%2B999999999-12-31", "Accept", "text/html").statusCode());
        assertEquals(before, state());
    }

    @Test
    void datesInJsonBodiesAreRefusedAndNothingIsWritten() {
        String before = state();
        for (String value : HOSTILE_DATES) {
            Map<String, Object> request = Map.of("id", "HOST-X", "uprn", "100", "assetCode", "H1",
                    "communityBody", "A Trust", "transferType", "OWNERSHIP", "date", value);
            assertProblem(post("/api/assets/cases/requests", "application/json", json(request)), 400, "request " + value);
            Map<String, Object> nomination = Map.of("id", "HOST-N", "uprn", "100", "assetCode", "H1", "name", "Hall",
                    "nominator", "Friends", "nominatorKind", "community-group", "members", 25, "date", value);
            assertProblem(post("/api/assets/cases/nominations", "application/json", json(nomination)), 400, "nomination " + value);
            Map<String, Object> transfer = Map.of("id", "HOST-T", "uprn", "100", "assetCode", "H1", "group", "A Trust",
                    "date", value);
            assertProblem(post("/api/assets/cases/transfers", "application/json", json(transfer)), 400, "transfer " + value);
            Map<String, Object> step = Map.of("step", "validated", "date", value);
            assertProblem(post("/api/assets/cases/HOST-1/steps", "application/json", json(step)), 400, "step " + value);
            if (!value.isBlank()) {
                // a date inside a step's arguments, read before the case's rules are asked
                Map<String, Object> args = Map.of("step", "decision-period-extended", "date", "2026-01-06",
                        "args", Map.of("newLastDay", value));
                HttpResponse<String> r = post("/api/assets/cases/HOST-1/steps", "application/json", json(args));
                assertProblem(r, 422, "args " + value);
                assertTrue(r.body().contains("newLastDay must be"), r.body());
            }
        }
        for (String wrongType : List.of("{\"date\": 20260105}", "{\"date\": {\"year\": 2026}}", "{\"date\": [2026,1,5]}",
                "{\"date\": true}", "{\"step\": \"validated\", \"date\": ", "not json", "{\"date\": \"2026-01-05\"} trailing",
                "{\"step\": \"" + "x".repeat(10_240) + "\"}")) {
            HttpResponse<String> r = post("/api/assets/cases/HOST-1/steps", "application/json",
                    wrongType.getBytes(StandardCharsets.UTF_8));
            assertProblem(r, r.statusCode() == 422 ? 422 : 400, wrongType.substring(0, Math.min(60, wrongType.length())));
        }
        // a body in Windows-1252 (what Excel saves), not UTF-8
        assertProblem(post("/api/assets/cases/HOST-1/steps", "application/json",
                "{\"step\": \"validated\", \"note\": \"Caf\u00e9\", \"date\": \"2026-01-06\"}"
                        .getBytes(Charset.forName("windows-1252"))), 400, "Windows-1252 body");
        assertEquals(before, state());
    }

    @Test
    void registerImportsThatCannotBeReadAreRefusedNamingTheLine() {
        String before = state();
        Map<String, Integer> brokenAt = Map.of(
                "UPRN,AssetCode,PropertyName\n\"unterminated\n", 2,
                "UPRN,\"AssetCode\n1,A,Hall\n", 1,
                "\"unterminated", 1);
        brokenAt.forEach((csv, line) -> {
            HttpResponse<String> r = post("/api/assets/register/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
            assertProblem(r, 422, csv);
            assertTrue(r.body().contains("Line " + line + ":"), csv + ": " + r.body());
        });
        List<byte[]> hostile = new ArrayList<>();
        hostile.add(new byte[] {0, 0, 0, 0});
        hostile.add("UPRN,AssetCode\n".getBytes(StandardCharsets.UTF_16));
        hostile.add(("UPRN\n" + "9".repeat(10_240) + "\n").getBytes(StandardCharsets.UTF_8));
        hostile.add("{\"UPRN\": 1}".getBytes(StandardCharsets.UTF_8));
        hostile.add(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28});
        for (byte[] body : hostile) {
            HttpResponse<String> r = post("/api/assets/register/import", "text/csv", body);
            assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.body());
            if (r.statusCode() >= 400) {
                assertProblem(r, r.statusCode(), "register");
            } else {
                assertEquals(0, read(r).get("imported").asInt(), r.body());
            }
        }
        assertEquals(before, state());
    }

    @Test
    void archiveImportsRefuseHostileLinesAndDatesWithoutWritingThem() {
        String before = state();
        for (String value : HOSTILE_DATES) {
            String line = new String(json(Map.of("externalId", "hostile:" + UUID.randomUUID(), "module", "hostile",
                    "body", "A contribution on the library.", "author", "p-1", "created", value)), StandardCharsets.UTF_8);
            HttpResponse<String> r = post("/api/archive/import", "application/x-ndjson", (line + "\n").getBytes(StandardCharsets.UTF_8));
            assertNothingImported(r, "created " + value);
        }
        for (String line : List.of("{\"externalId\": \"h:1\", \"body\": ", "[1,2,3]", "{\"externalId\": 7, \"body\": {}}",
                "{\"externalId\": \"h:2\", \"body\": \"" + "x".repeat(10_240) + "\", \"tags\": \"not a list\"}", "\u0000")) {
            assertNothingImported(post("/api/archive/import", "application/x-ndjson", (line + "\n").getBytes(StandardCharsets.UTF_8)), line);
        }
        for (Charset wrong : List.of(StandardCharsets.UTF_16, Charset.forName("windows-1252"))) {
            byte[] body = "{\"externalId\": \"h:3\", \"body\": \"Caf\u00e9 \u2013 the library\"}\n".getBytes(wrong);
            assertNothingImported(post("/api/archive/import", "application/x-ndjson", body), wrong.name());
        }
        assertEquals(before, state());
    }

    @Test
    void anImportedAuthorThatIsNotAPseudonymIsRefusedForThatLine() {
        String before = state();
        String lines = "{\"externalId\": \"author:1\", \"body\": \"On the library\", \"author\": \"jane.smith@example.org\"}\n"
                + "{\"externalId\": \"author:2\", \"body\": \"On the library\", \"author\": \"Jane Smith\"}\n";
        JsonNode report = read(post("/api/archive/import", "application/x-ndjson", lines.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, report.get("imported").asInt(), report.toString());
        assertEquals(2, report.get("errors").size(), report.toString());
        for (JsonNode error : report.get("errors")) {
            assertTrue(error.get("message").asText().contains("not a pseudonymous id: send an opaque id"), error.toString());
        }
        assertEquals(before, state());
    }

    @Test
    void someoneWhoKnowsASignInNameCannotLockItsOwnerOut() throws Exception {
        HttpResponse<String> created = post("/api/accounts", "application/json", json(Map.of("id", "hostile-owner",
                "password", "the owner's long password", "roles", List.of("resident"), "modules", List.of())));
        assertEquals(201, created.statusCode(), created.body());
        // the attacker, at another address, fails ten times over: their own address is stopped ...
        for (int i = 0; i < 10; i++) {
            int status = loginFrom("127.0.0.2", "hostile-owner", "a wrong guess " + i);
            assertTrue(status == 401 || status == 429, "attempt " + i + ": " + status);
        }
        assertEquals(429, loginFrom("127.0.0.2", "hostile-owner", "the owner's long password"), "the guessing address is stopped");
        // ... and the owner, at theirs, signs in at once
        assertEquals(200, loginFrom("127.0.0.1", "hostile-owner", "the owner's long password"));
    }

    /** A login sent from a chosen loopback address (Linux routes all of 127.0.0.0/8 to the host). */
    private static int loginFrom(String address, String user, String password) throws Exception {
        String body = new String(json(Map.of("username", user, "password", password)), StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", folkmoot.port()), 5000);
            socket.setSoTimeout(20_000);
            String request = "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** A 4xx problem, or an import report with every line refused and nothing imported. */
    private static void assertNothingImported(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() < 500, what + ": " + r.statusCode() + " " + r.body());
        if (r.statusCode() >= 400) {
            assertProblem(r, r.statusCode(), what);
            return;
        }
        JsonNode report = read(r);
        assertEquals(0, report.get("imported").asInt(), what + ": " + r.body());
        assertTrue(report.get("errors").size() > 0, what + ": the bad line is named: " + r.body());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                what + ": " + r.headers().firstValue("Content-Type"));
        JsonNode problem = read(r);
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().length() > 10, what + ": says what is wrong: " + r.body());
    }

    /** What a half-written import or step would change: the archive, the register, the case's timeline. */
    private static String state() {
        return folkmoot.get("/api/archive/export").body() + "\n" + folkmoot.get("/api/assets/register").body() + "\n"
                + folkmoot.get("/api/assets/cases/HOST-1").body() + "\n" + folkmoot.get("/api/assets/cases/HOST-X").statusCode()
                + folkmoot.get("/api/assets/cases/HOST-N").statusCode() + folkmoot.get("/api/assets/cases/HOST-T").statusCode();
    }

    private static HttpResponse<String> post(String path, String type, byte[] body) {
        return folkmoot.send(HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }
}
