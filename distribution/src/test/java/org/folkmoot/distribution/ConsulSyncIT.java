package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.folkmoot.connector.consul.fixture.FakeConsul;
import org.folkmoot.testkit.Chromium;
import org.folkmoot.testkit.Messages;
import org.folkmoot.testkit.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A council points Folkmoot at its CONSUL Democracy site (here a fake one answering GraphQL from fixtures over real
 * HTTP): an officer asks for a sync on the source's page, and search finds the residents' proposals linked to their
 * originals, Welsh found as Welsh; a proposal moderated away at the source leaves search after the next sync, which an
 * officer asks for on the page in a real browser (checked with axe-core in English and Welsh).
 */
class ConsulSyncIT {

    private static final String TOKEN = "consul-sync-it-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "consul-officer";
    private static final String PASSWORD = "consul-it-password-1";
    private static final String SOURCE = "/connectors/consul/sites/consul.example.gov.uk";

    @Test
    void aFollowedSiteIsSearchableLinkedToItsOriginalsAndKeptInStep() throws Exception {
        try (FakeConsul consul = FakeConsul.start(); FolkmootProcess folkmoot = FolkmootProcess.install()) {
            folkmoot.writeConfig("org.folkmoot.platform.Jobs", "pollSeconds=1\n");
            folkmoot.writeConfig("org.folkmoot.platform.Security", "initialAdmin=" + ADMIN + "\ninitialAdminPassword=" + PASSWORD + "\n");
            folkmoot.writeConfig("org.folkmoot.connector.consul.Site-park", "url=" + consul.publicUrl() + "\napiUrl=" + consul.api()
                    + "\nrequestsPerMinute=600\nsyncEveryMinutes=1440\n");
            folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN));
            Awaitility.await("the source's page").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> page(folkmoot).statusCode() == 200);

            syncNow(folkmoot);
            JsonNode benches = awaitHit(folkmoot, "benches boating lake", "proposals/201");
            assertEquals("https://consul.example.gov.uk/proposals/201", benches.get("url").asText());
            JsonNode trees = awaitHit(folkmoot, "coed brodorol", "proposals/202");
            assertEquals("cy", trees.get("language").asText(), "Welsh, which CONSUL labels with no language, is found Welsh");
            Awaitility.await("the sync's outcome on the source's page").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200)).until(() -> page(folkmoot).body().contains("Done"));

            consul.hide("proposals", "202");
            officerSyncsNowOnThePage(folkmoot);
            folkmoot.await(search("coed brodorol"), r -> r.statusCode() == 200 && !r.body().contains("proposals/202"),
                    Duration.ofSeconds(60));
            assertTrue(folkmoot.get(search("benches boating lake")).body().contains("proposals/201"));
        }
    }

    /**
     * An officer signs in and presses Sync now on the source's page in a real browser (a plain form, its
     * CSRF token first): the page says a sync was asked for; it passes axe-core in English and Welsh, and the Welsh
     * page has no English from the messages.
     */
    private static void officerSyncsNowOnThePage(FolkmootProcess folkmoot) {
        Messages messages = Messages.ofInstallation(folkmoot.home());
        WebDriver browser = Chromium.start(true);
        try {
            Chromium.signIn(browser, folkmoot.uri("/login"), ADMIN, PASSWORD);
            browser.get(folkmoot.uri(SOURCE).toString());
            List<String> problems = new ArrayList<>(PageChecks.accessibility(browser));
            browser.findElement(By.id("sync-now")).click();
            // A form's click returns before the browser has followed the 303 back to the page.
            Awaitility.await("the page after Sync now").atMost(Duration.ofSeconds(15))
                    .until(() -> browser.getCurrentUrl().contains("requested=1"));
            assertTrue(browser.findElement(By.id("sync-requested")).getText().contains("A sync has been asked for"));
            browser.get(folkmoot.uri(SOURCE + "?lang=cy").toString());
            problems.addAll(PageChecks.accessibility(browser));
            problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
            browser.get(folkmoot.uri("/connectors/consul?lang=cy").toString());
            problems.addAll(PageChecks.accessibility(browser));
            problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
            assertEquals(List.of(), problems);
        } finally {
            browser.quit();
        }
    }

    private static HttpResponse<String> page(FolkmootProcess folkmoot) {
        return folkmoot.get(SOURCE, "Authorization", "Bearer " + TOKEN);
    }

    private static void syncNow(FolkmootProcess folkmoot) {
        HttpResponse<String> r = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri(SOURCE + "/sync"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")),
                "Authorization", "Bearer " + TOKEN);
        assertEquals(303, r.statusCode(), r.body());
    }

    private static String search(String q) {
        return "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static JsonNode awaitHit(FolkmootProcess folkmoot, String q, String link) throws Exception {
        folkmoot.await(search(q), r -> r.statusCode() == 200 && r.body().contains(link), Duration.ofSeconds(60));
        for (JsonNode hit : JSON.readTree(folkmoot.get(search(q)).body()).get("hits")) {
            if (hit.get("url").asText().endsWith(link)) {
                return hit;
            }
        }
        throw new AssertionError("no hit linking to " + link);
    }
}
