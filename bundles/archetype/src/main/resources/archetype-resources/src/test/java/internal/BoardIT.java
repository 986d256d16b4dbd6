package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.folkmoot.testkit.FolkmootRuntime;
import org.folkmoot.testkit.Http;
import org.folkmoot.testkit.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's jar dropped into {@code deploy/} of a real Folkmoot runtime (the installation named
 * by {@code -Dfolkmoot.dist}), used over HTTP as residents and scripts use it.
 */
class BoardIT {

    private static FolkmootRuntime folkmoot;

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootRuntime.start();
        folkmoot.deploy(Path.of(System.getProperty("folkmoot.bundle")));
        folkmoot.await("/api/${artifactId}", r -> r.statusCode() == 200, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        folkmoot.close();
    }

    @Test
    void aNoteIsKeptPublishedAndShownInEnglishAndWelsh() {
        HttpResponse<String> added = folkmoot.send(Http.json("POST", folkmoot.uri("/api/${artifactId}/notes"),
                Json.object("text", "The bus shelter on Mill Lane leaks")));
        assertEquals(201, added.statusCode(), added.body());
        String id = Json.parse(added).get("id").asText();
        assertEquals(200, folkmoot.get("/api/archive/contributions/" + id).statusCode(), "published to the archive");

        String en = folkmoot.get("/${artifactId}").body();
        assertTrue(en.contains("The bus shelter on Mill Lane leaks"), en);
        String cy = folkmoot.get("/${artifactId}?lang=cy").body();
        assertTrue(cy.contains("${moduleNameCy}"), cy);
    }

    @Test
    void theArchiveExportSendsAReaderToTheBoard() {
        HttpResponse<String> added = folkmoot.send(Http.json("POST", folkmoot.uri("/api/${artifactId}/notes"),
                Json.object("text", "The footpath sign by the church has fallen")));
        assertEquals(201, added.statusCode(), added.body());
        String id = Json.parse(added).get("id").asText();

        HttpResponse<String> export = folkmoot.get("/api/archive/export");
        assertEquals(200, export.statusCode(), export.body());
        JsonNode line = export.body().lines().map(Json::parse).filter(n -> id.equals(n.path("id").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("note " + id + " is not in the export:\n" + export.body()));
        assertEquals("/${artifactId}", line.get("link").asText(), "where it was said");
        assertEquals("/${artifactId}", line.get("page").asText(), "the page a reader is sent to");
        assertEquals(200, folkmoot.get(line.get("page").asText()).statusCode(), "and that page is there");
    }

    @Test
    void aBlankNoteIsRefusedWithAProblemThatSaysWhy() {
        HttpResponse<String> refused = folkmoot.send(Http.json("POST", folkmoot.uri("/api/${artifactId}/notes"),
                Json.object("text", " ")));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("A note needs some text.", Json.parse(refused).get("detail").asText());
    }
}
