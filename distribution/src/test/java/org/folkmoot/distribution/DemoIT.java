package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's first command: demo mode says so loudly, loads real text, and search shows what
 * Folkmoot does that other platforms do not (a Welsh word found in its mutated forms, marked in
 * the resident's own words).
 */
class DemoIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void demoModeWarnsLoadsPetitionsAndWelshAndSearchFindsMutations() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.install()) {
            folkmoot.launch(java.util.Map.of(), "--demo");
            assertTrue(folkmoot.log().contains("DEMO MODE"), folkmoot.log());

            // A blank query lists everything: wait until all 360 demo contributions are searchable.
            folkmoot.await("/api/search?q=", r -> total(r) >= 360, Duration.ofSeconds(30));
            HttpResponse<String> welsh = folkmoot.get("/api/search?q=cyngor&language=cy&limit=100");
            assertEquals(200, welsh.statusCode());
            JsonNode hits = JSON.readTree(welsh.body()).get("hits");
            assertTrue(hits.size() > 0, welsh.body());
            boolean mutatedFormMarked = false;
            for (JsonNode hit : hits) {
                mutatedFormMarked |= hit.get("snippet").asText().contains("<mark>gyngor</mark>");
            }
            assertTrue(mutatedFormMarked, "'cyngor' finds and marks 'gyngor': " + welsh.body());

            HttpResponse<String> page = folkmoot.get("/search?q=Caerdydd&lang=cy", "Accept", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<mark>Nghaerdydd</mark>"), "the Welsh page marks the mutated form");

            // Every enabled module shows realistic data: the asset register is Cheltenham's, with
            // cases at different stages.
            folkmoot.await("/api/assets/cases/ACV-DEMO-1", r -> r.statusCode() == 200, Duration.ofSeconds(30));
            JsonNode register = JSON.readTree(folkmoot.get("/api/assets/register").body());
            assertEquals(459, register.size(), "Cheltenham's 2023 register");
            assertEquals("SUBMITTED", JSON.readTree(folkmoot.get("/api/assets/cases/ATR-DEMO-2").body()).get("state").asText());
            JsonNode open = JSON.readTree(folkmoot.get("/api/assets/cases/ATR-DEMO-1").body());
            assertTrue(open.toString().contains("notices-given"), open.toString());
            assertEquals("LISTED", JSON.readTree(folkmoot.get("/api/assets/cases/ACV-DEMO-1").body()).get("state").asText());
            HttpResponse<String> assetsPage = folkmoot.get("/assets", "Accept", "text/html");
            assertEquals(200, assetsPage.statusCode());

            // A connected CONSUL source without a network: the recorded answers of a fictional site, synced as a site
            // would be, each linked to its original.
            folkmoot.await("/api/search?q=" + java.net.URLEncoder.encode("boating lake", java.nio.charset.StandardCharsets.UTF_8),
                    r -> r.statusCode() == 200 && r.body().contains("https://consul.example.gov.uk/proposals/201"),
                    Duration.ofSeconds(30));
        }
    }

    private static int total(HttpResponse<String> r) {
        try {
            return r.statusCode() == 200 ? JSON.readTree(r.body()).get("total").asInt() : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
