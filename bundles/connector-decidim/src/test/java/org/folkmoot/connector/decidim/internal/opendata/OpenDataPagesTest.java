package org.folkmoot.connector.decidim.internal.opendata;

import org.folkmoot.connector.decidim.internal.TestMapper;
import org.folkmoot.web.internal.MultipartFormReader;
import static org.folkmoot.testkit.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.connector.decidim.internal.DecidimRoles;
import org.folkmoot.api.web.Page;
import org.folkmoot.testkit.TemplateFixture;
import org.folkmoot.web.internal.RendererFixture;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The officers' open-data page rendered as the runtime renders it, in English and Welsh, and its upload form. */
class OpenDataPagesTest {

    static final String HOST = DemoExport.HOST;
    static final SecurityContext OFFICER = as(new FolkmootUser("officer-1", "Officer", Set.of(DecidimRoles.OFFICER), "test",
            "csrf-token-1"));

    final MapArchive archive = new MapArchive();
    final KnownSites sites = a -> HOST.equals(ConfiguredSites.host(a)) ? Optional.of(DemoExport.SITE) : Optional.empty();
    final OpenDataService service = new OpenDataService(archive, archive, TestMapper.mapper(), sites, OpenDataLimits.DEFAULT,
            Clock.systemUTC());
    final OpenDataPages pages = new OpenDataPages(service, sites, new MultipartFormReader());

    @Test
    void uploadingTheExportShowsItsSummaryInEnglishAndWelsh() throws Exception {
        Response answer = pages.upload(HOST, null, "multipart/form-data; boundary=B0und", multipart("B0und", "open-data.zip",
                OpenDataImportTest.demoZip()), OFFICER);
        assertEquals(303, answer.getStatus());
        String location = answer.getLocation().toString();
        assertTrue(location.startsWith("/connectors/decidim/sites/" + HOST + "/open-data?import="), location);
        assertTrue(service.awaitIdle(30, TimeUnit.SECONDS));

        String id = location.substring(location.indexOf("import=") + 7);
        String en = render(pages.page(HOST, id, OFFICER), "en");
        assertTrue(en.contains("Bootstrap from the open-data export"), en);
        assertTrue(en.contains("Import of open-data.zip"), en);
        assertTrue(en.matches("(?s).*id=\"import-imported\"[^>]*>\\s*9\\s*<.*"), en);
        assertTrue(en.matches("(?s).*id=\"import-withheld\"[^>]*>\\s*2\\s*<.*"), en);
        assertTrue(en.contains("enctype=\"multipart/form-data\""), en);
        assertTrue(en.indexOf("name=\"_csrf\" value=\"csrf-token-1\"") < en.indexOf("type=\"file\""),
                "the token is the form's first field, as the CSRF check reads it");
        String cy = render(pages.page(HOST, id, OFFICER), "cy");
        assertTrue(cy.contains("Cychwyn o'r allforyn data agored") || cy.contains("Cychwyn o&#39;r allforyn data agored"), cy);
        assertTrue(cy.contains("Wedi&#39;i wneud") || cy.contains("Wedi'i wneud"), cy);
        assertTrue(cy.contains("y&#39;i lawrlwythwyd o " + DemoExport.SITE + "/open-data/download")
                || cy.contains("y'i lawrlwythwyd o " + DemoExport.SITE + "/open-data/download"), "arguments and apostrophes: " + cy);
    }

    /** An import its runtime stopped, as the next runtime shows it to officers: interrupted, where, and what to do. */
    @Test
    void anInterruptedImportSaysSoAndWhatToDoInEnglishAndWelsh() throws Exception {
        javax.sql.DataSource ds = org.folkmoot.connector.decidim.internal.sync.SyncHarness.h2();
        try (var migrated = new org.folkmoot.connector.decidim.internal.sync.SyncHarness("0.31", java.util.List.of(), ds)) {
            var tx = new org.folkmoot.platform.internal.storage.JdbcTransactions(ds);
            OpenDataRecords records = new OpenDataRecords(tx);
            java.time.Instant stopped = java.time.Instant.parse("2026-12-05T09:00:00Z");
            OpenDataProgress running = new OpenDataProgress("import-1", DemoExport.SITE, "open-data.zip", stopped.minusSeconds(90));
            records.save(OpenDataProgressAccess.importing(running, 9_000, 4_000), stopped);
            OpenDataService restarted = new OpenDataService(archive, tx, TestMapper.mapper(), sites, OpenDataLimits.DEFAULT,
                    Clock.fixed(stopped.plusSeconds(600), java.time.ZoneOffset.UTC), records);
            OpenDataPages after = new OpenDataPages(restarted, sites, new MultipartFormReader());

            String en = render(after.page(HOST, null, OFFICER), "en");
            assertTrue(en.contains(">Interrupted<"), en);
            assertTrue(en.contains("The import was interrupted at row 4000 of 9000: the runtime stopped before it finished."
                    + " What was imported before is kept: upload the same file again to carry on"), en);
            String cy = render(after.page(HOST, "import-1", OFFICER), "cy");
            assertTrue(cy.contains("Wedi&#39;i dorri ar draws") || cy.contains("Wedi'i dorri ar draws"), cy);
            assertTrue(cy.contains("uwchlwythwch yr un ffeil eto i barhau"), cy);
            restarted.close();
        }
    }

    @Test
    void aBadUploadIsShownAgainWithTheErrorBesideTheFileField() throws Exception {
        Response answer = pages.upload(HOST, null, "multipart/form-data; boundary=B0und",
                multipart("B0und", "notes.zip", "not a zip".getBytes(StandardCharsets.UTF_8)), OFFICER);
        assertEquals(422, answer.getStatus());
        String html = render((Page) answer.getEntity(), "en");
        assertTrue(html.contains("id=\"export-error\""), html);
        assertTrue(html.contains("The file is not a ZIP archive"), html);
        assertTrue(html.contains("href=\"#export\""), "the error summary links to the field");

        Response none = pages.upload(HOST, "cy", "multipart/form-data; boundary=B0und", multipart("B0und", "", new byte[0]), OFFICER);
        assertEquals(422, none.getStatus());
        assertTrue(render((Page) none.getEntity(), "cy").contains("Dewiswch yr open-data.zip"));
        Response welsh = pages.upload(HOST, "cy", "multipart/form-data; boundary=B0und",
                multipart("B0und", "notes.zip", "not a zip".getBytes(StandardCharsets.UTF_8)), OFFICER);
        String cy = render((Page) welsh.getEntity(), "cy");
        assertTrue(cy.contains("Nid archif ZIP yw&#39;r ffeil") || cy.contains("Nid archif ZIP yw'r ffeil"), cy);
        assertEquals(0, archive.currentSequence());
    }

    @Test
    void anImportUnderWayShowsHowFarItHasGoneInBothLanguages() {
        OpenDataProgress p = new OpenDataProgress("i-1", DemoExport.SITE, "open-data.zip", java.time.Instant.now());
        p.checked(120_000);
        for (int i = 0; i < 30_000; i++) {
            p.rowRead();
        }
        Map<String, Object> model = new java.util.HashMap<>(Map.of("host", HOST, "siteUrl", DemoExport.SITE, "csrf", "t",
                "field", OpenDataPages.FILE_FIELD, "current", OpenDataPages.progress(p), "earlier", java.util.List.of()));
        Page page = Page.of(OpenDataPages.class, "decidim-open-data.ftlh", model);
        assertTrue(render(page, "en").contains("30,000 of 120,000 rows read (25%)."));
        assertTrue(render(page, "cy").contains("30,000 o 120,000 rhes wedi") && render(page, "cy").contains("u darllen (25%)."),
                render(page, "cy"));
    }

    @Test
    void everyMessageHasBothLanguages() {
        TemplateFixture fixture = new TemplateFixture(OpenDataPages.class);
        Properties en = fixture.messages("en");
        Properties cy = fixture.messages("cy");
        Set<String> mine = new TreeSet<>(en.stringPropertyNames());
        mine.removeIf(k -> !k.startsWith("decidim.openData."));
        Set<String> welsh = new TreeSet<>(cy.stringPropertyNames());
        welsh.removeIf(k -> !k.startsWith("decidim.openData."));
        assertEquals(mine, welsh);
        assertFalse(mine.isEmpty());
    }

    private static String render(Page page, String language) {
        String html = RendererFixture.render(page, "/connectors/decidim/sites/" + HOST + "/open-data", language);
        assertFalse(html.contains("decidim.openData."), () -> "a message is missing in " + language + ": " + html);
        return html;
    }

    static ByteArrayInputStream multipart(String boundary, String fileName, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ncsrf-token-1\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"export\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new ByteArrayInputStream(out.toByteArray());
    }
}
