package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.folkmoot.connector.decidim.internal.opendata.DemoExport;
import org.folkmoot.testkit.Chromium;
import org.folkmoot.testkit.Messages;
import org.folkmoot.testkit.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code bin/folkmoot import-open-data} against a running runtime, as a council's script runs it: a Decidim
 * site's open-data export (the connector's own demo export) is imported, a Welsh proposal labelled {@code en}
 * is then found by search as Welsh with its link to the original, importing again changes nothing, and bad
 * uploads are refused with what to do; and in {@code --demo} the same export is there without a network.
 */
class DecidimOpenDataIT {

    private static final String TOKEN = "decidim-it-admin-token-0123456789abcdef";
    private static final String ADMIN = "decidim-officer";
    private static final String PASSWORD = "decidim-it-password-1";
    private static final String SITE = DemoExport.SITE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExportIsImportedFoundBySearchWithItsLinkAndImportedAgainWithoutChange() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.install()) {
            FolkmootProcess.CommandResult enabled = folkmoot.command("enable", "connector-decidim");
            assertEquals(0, enabled.exitCode(), enabled.output());
            // the site as a council configures it; its GraphQL follower cannot reach it here, which does not matter
            folkmoot.writeConfig("org.folkmoot.connector.decidim.Site-participate", "url=" + SITE + "\nnewItemsEveryMinutes=1440\n");
            folkmoot.writeConfig("org.folkmoot.platform.Security", "initialAdmin=" + ADMIN + "\ninitialAdminPassword=" + PASSWORD + "\n");
            folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN));
            // the connector's resources are up once an unknown import is answered in its words
            Awaitility.await("the open-data API").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions().until(() -> folkmoot.get("/api/connectors/decidim/open-data/none",
                            "Authorization", "Bearer " + TOKEN).body().contains("No import"));
            Path zip = folkmoot.home().resolve("open-data.zip");
            try (OutputStream out = Files.newOutputStream(zip)) {
                DemoExport.writeZip(out);
            }
            Map<String, String> env = Map.of("FOLKMOOT_TOKEN", TOKEN, "FOLKMOOT_PORT", Integer.toString(folkmoot.port()));

            FolkmootProcess.CommandResult first = folkmoot.command(env, "import-open-data", "--site", SITE, zip.toString());
            assertEquals(0, first.exitCode(), first.output());
            assertTrue(first.output().contains("checked: 11 rows to import"), first.output());
            assertTrue(first.output().contains("done 100%"), first.output());
            assertTrue(first.output().contains("Imported 9, updated 0, unchanged 0 (already there), withheld 2"), first.output());

            String welsh = "/api/search?q=" + URLEncoder.encode("feinciau", StandardCharsets.UTF_8);
            folkmoot.await(welsh, r -> r.statusCode() == 200 && r.body().contains("proposals/2"), Duration.ofSeconds(30));
            JsonNode hit = JSON.readTree(folkmoot.get(welsh).body()).get("hits").get(0);
            assertEquals(SITE + "/processes/town-centre/f/12/proposals/2", hit.get("url").asText(), "linked to its original");
            assertEquals("cy", hit.get("language").asText(), "Welsh labelled en is found to be Welsh");
            assertEquals("ODbL 1.0", hit.path("licence").path("name").asText(), "the source's licence beside the hit: " + hit);
            assertTrue(folkmoot.get("/search?q=feinciau&lang=cy").body().contains("Yn cynnwys gwybodaeth o " + DemoExport.HOST),
                    "and its attribution on the Welsh results page");

            FolkmootProcess.CommandResult again = folkmoot.command(env, "import-open-data", "--site", SITE + "/", zip.toString());
            assertEquals(0, again.exitCode(), again.output());
            assertTrue(again.output().contains("Imported 0, updated 0, unchanged 9"), again.output());

            officersUploadOnThePage(folkmoot, zip);

            Path notZip = folkmoot.home().resolve("notes.zip");
            Files.writeString(notZip, "not a zip");
            FolkmootProcess.CommandResult bad = folkmoot.command(env, "import-open-data", "--site", SITE, notZip.toString());
            assertEquals(1, bad.exitCode(), bad.output());
            assertTrue(bad.output().contains("(422)") && bad.output().contains("not a ZIP archive"), bad.output());
            FolkmootProcess.CommandResult badCy = folkmoot.command(env, "import-open-data", "--lang", "cy", "--site", SITE,
                    notZip.toString());
            assertTrue(badCy.output().contains("Gwrthododd yr amgylchedd y mewnforio (422): Nid archif ZIP yw'r ffeil"),
                    badCy.output());

            FolkmootProcess.CommandResult unknown = folkmoot.command(env, "import-open-data", "--site", "https://elsewhere.example.org",
                    zip.toString());
            assertEquals(1, unknown.exitCode(), unknown.output());
            assertTrue(unknown.output().contains("(404)") && unknown.output().contains("No Decidim site is configured"),
                    unknown.output());
        }
    }

    /**
     * An officer signs in and uploads the export on the source's open-data page in a real browser (a multipart
     * form with its CSRF token): the page shows the import's summary; it passes axe-core in English and Welsh,
     * and the Welsh page has no English from the messages.
     */
    private static void officersUploadOnThePage(FolkmootProcess folkmoot, Path zip) {
        Messages messages = Messages.ofInstallation(folkmoot.home());
        String page = "/connectors/decidim/sites/" + DemoExport.HOST + "/open-data";
        WebDriver browser = Chromium.start(true);
        try {
            Chromium.signIn(browser, folkmoot.uri("/login"), ADMIN, PASSWORD);
            browser.get(folkmoot.uri("/connectors/decidim/sites/" + DemoExport.HOST).toString());
            browser.findElement(By.id("open-data-link")).click();
            Awaitility.await("the open-data page").atMost(Duration.ofSeconds(15)).until(() -> browser.getCurrentUrl().contains(page));
            browser.findElement(By.id("export")).sendKeys(zip.toString());
            browser.findElement(By.id("upload")).click();
            // A form's click returns before the browser has followed the 303 to the import's own address.
            Awaitility.await("the upload's redirect to its import").atMost(Duration.ofSeconds(15))
                    .until(() -> browser.getCurrentUrl().contains("import="));
            Awaitility.await("the import's summary").atMost(Duration.ofSeconds(30)).until(() -> {
                browser.navigate().refresh();
                return browser.findElement(By.id("import-stage")).getText().contains("Done");
            });
            assertEquals("9", browser.findElement(By.id("import-unchanged")).getText().strip(), "the page's import changed nothing");
            List<String> problems = new ArrayList<>(PageChecks.accessibility(browser));
            browser.get(browser.getCurrentUrl() + "&lang=cy");
            problems.addAll(PageChecks.accessibility(browser));
            problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
            assertEquals(List.of(), problems);
        } finally {
            browser.quit();
        }
    }

    @Test
    void theDemoShowsAConnectedSourceWithoutANetwork() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.install()) {
            folkmoot.command("enable", "connector-decidim");
            folkmoot.launch(Map.of(), "--demo");
            String query = "/api/search?q=" + URLEncoder.encode("feinciau", StandardCharsets.UTF_8);
            folkmoot.await(query, r -> r.statusCode() == 200 && r.body().contains("proposals/2"), Duration.ofSeconds(60));
            JsonNode hit = JSON.readTree(folkmoot.get(query).body()).get("hits").get(0);
            assertEquals(SITE + "/processes/town-centre/f/12/proposals/2", hit.get("url").asText(), "the demo's item links to its original");
            assertTrue(folkmoot.log().contains("open-data export of " + SITE), folkmoot.log());
        }
    }
}
