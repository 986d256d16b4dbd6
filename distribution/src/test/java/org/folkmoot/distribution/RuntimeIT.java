package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime as a council and its residents meet it: started by {@code bin/folkmoot}, over
 * real HTTP. One runtime serves every test here; the example module is enabled with the
 * documented command while it runs.
 */
class RuntimeIT {

    private static FolkmootProcess folkmoot;

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootProcess.start();
        FolkmootProcess.CommandResult enabled = folkmoot.command("enable", "example");
        assertEquals(0, enabled.exitCode(), enabled.output());
        folkmoot.await("/api/example", r -> r.statusCode() == 200, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        folkmoot.close();
    }

    @Test
    void healthListsEachModuleWithItsState() {
        HttpResponse<String> health = folkmoot.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("application/json", health.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(health.body().startsWith("{\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"id\":\"example\"") && health.body().contains("\"state\":\"active\""), health.body());
    }

    @Test
    void modulesApiNamesEachModuleInBothLanguages() {
        String english = folkmoot.get("/api/modules").body();
        assertTrue(english.contains("\"id\":\"example\",\"name\":\"Example\""), english);
        assertTrue(english.contains("\"api\":\"/api/example\",\"page\":\"/example\""), english);
        assertTrue(folkmoot.get("/api/modules?lang=cy").body().contains("\"name\":\"Enghraifft\""));
    }

    @Test
    void homePageListsModulesAndSwitchesToWelshOnTheSamePage() {
        HttpResponse<String> home = folkmoot.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(home.body().contains("<html lang=\"en\""));
        assertTrue(home.body().contains("href=\"/example\">Example</a>"), home.body());
        assertTrue(home.body().contains("href=\"/?lang=cy\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>"), home.body());

        String welsh = folkmoot.get("/?lang=cy").body();
        assertTrue(welsh.contains("<html lang=\"cy\""));
        assertTrue(welsh.contains("Dweud eich dweud"), welsh);
        assertTrue(welsh.contains("href=\"/example?lang=cy\">Enghraifft</a>"), welsh);
        assertTrue(welsh.contains("href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"), welsh);
    }

    @Test
    void aModulePageUsesTheSharedLayoutAndKeepsItsQueryWhenSwitchingLanguage() {
        String page = folkmoot.get("/example?lang=cy&q=%7Bx%7D").body();
        assertTrue(page.contains("Modiwl enghreifftiol"), page);
        assertTrue(page.contains("class=\"govuk-header"), page);
        assertTrue(page.contains("href=\"/example?q=%7Bx%7D&amp;lang=en\""), page);
    }

    @Test
    void browsersAreToldWhenNotToAcceptAPageFromElsewhere() {
        HttpResponse<String> page = folkmoot.get("/");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        HttpResponse<String> css = folkmoot.get("/assets/govuk-frontend.min.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void unknownAddressesAnswerWithAProblemNotAStackTrace() {
        HttpResponse<String> api = folkmoot.get("/api/nothing-here");
        assertEquals(404, api.statusCode());
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(api.body().contains("\"status\":404") && api.body().contains("/api/nothing-here"), api.body());

        HttpResponse<String> page = folkmoot.get("/nothing-here", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("We could not find that page"), page.body());
        assertFalse(page.body().contains("Exception"));
    }

    @Test
    void aMissingStaticFileIsAProblemToo() {
        HttpResponse<String> css = folkmoot.get("/assets/missing.css");
        assertEquals(404, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    void hostileAddressesAreRefusedWithA4xxNeverA500() throws Exception {
        for (String path : new String[] {"/%00", "/api/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fconf",
                "/health/%0d%0aX:1", "/api/modules?lang=" + "a".repeat(20_000), "/?lang=%ff%fe", "/?lang=%zz"}) {
            java.net.Socket socket = new java.net.Socket("127.0.0.1", folkmoot.port());
            try (socket) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
                int status = Integer.parseInt(statusLine.split(" ")[1]);
                assertTrue(status < 500, path.substring(0, Math.min(60, path.length())) + " gave " + statusLine);
            }
        }
    }

    @Test
    void malformedJsonIsA400ThatSaysWhere() {
        HttpResponse<String> response = post("/api/example/notes", "{\"text\": \"hello\", ");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("not valid JSON at line 1"), response.body());
    }

    @Test
    void aWrongTypeNamesTheField() {
        HttpResponse<String> response = post("/api/example/notes", "{\"text\": \"hello\", \"stars\": \"five\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Field 'stars'"), response.body());
    }

    @Test
    void anUnknownFieldIsRefusedAndNamed() {
        HttpResponse<String> response = post("/api/example/notes", "{\"text\": \"hello\", \"stars\": 3, \"colour\": \"red\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Unknown field 'colour'"), response.body());
    }

    @Test
    void aResourcesOwnValidationComesBackAsAProblem() {
        HttpResponse<String> response = post("/api/example/notes", "{\"text\": \"hello\", \"stars\": 9}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Stars must be from 1 to 5"), response.body());
        assertEquals(200, post("/api/example/notes", "{\"text\": \"Croeso\", \"stars\": 5}").statusCode());
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String big = "{\"text\": \"" + "x".repeat(2 << 20) + "\", \"stars\": 3}";
        HttpResponse<String> response = post("/api/example/notes", big);
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("larger than this endpoint accepts (1 MiB)"), response.body());
        assertNextRequestAnswered();
    }

    @Test
    void anOversizedChunkedBodyIsCutOffWith413() {
        byte[] big = ("{\"text\": \"" + "x".repeat(2 << 20) + "\", \"stars\": 3}").getBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(folkmoot.uri("/api/example/notes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        HttpResponse<String> response = folkmoot.send(request);
        assertEquals(413, response.statusCode(), response.body());
        assertNextRequestAnswered();
    }

    @Test
    void theWrongMethodIsA405ThatListsTheRightOnes() {
        HttpResponse<String> response = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/health"))
                .DELETE());
        assertEquals(405, response.statusCode());
        assertTrue(response.body().contains("Allowed:"), response.body());
    }

    @Test
    void theWrongContentTypeIsA415() {
        HttpResponse<String> response = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/api/example/notes"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertEquals(415, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertNextRequestAnswered();
    }

    /** A refusal must leave the client able to send its next request, on the same connection or a new one. */
    private static void assertNextRequestAnswered() {
        HttpResponse<String> next = post("/api/example/notes", "{\"text\": \"after\", \"stars\": 3}");
        assertEquals(200, next.statusCode(), "the next request on the same client is answered: " + next.body());
    }

    private static HttpResponse<String> post(String path, String json) {
        return folkmoot.send(HttpRequest.newBuilder(folkmoot.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
