package org.folkmoot.connector.decidim.internal.pages;

import static org.folkmoot.testkit.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.connector.decidim.internal.DecidimRoles;
import org.folkmoot.connector.decidim.internal.MemoryJobs;
import org.folkmoot.connector.decidim.internal.site.FollowedSite;
import org.folkmoot.connector.decidim.internal.site.FollowedSites;
import org.folkmoot.connector.decidim.internal.sync.SyncHarness;
import org.folkmoot.testkit.TemplateFixture;
import org.folkmoot.web.internal.RendererFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The officers' source pages rendered as the runtime renders them, in English and Welsh, after a real sync. */
class SourcePagesTest {

    private static final String HOST = "decidim.example.gov.uk";
    private static final SecurityContext OFFICER = as(new FolkmootUser("officer-1", "Officer", Set.of(DecidimRoles.OFFICER),
            "test", "csrf-token-1"));

    private final MemoryJobs jobs = new MemoryJobs();
    private SyncHarness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private SourcePages pages(FollowedSite... sites) {
        return new SourcePages(FollowedSites.of(List.of(sites)), h.store, jobs, h.time);
    }

    @Test
    void aSourceShowsItsLastSyncCountsAndRunsInEnglishAndWelshAndSyncNowAsksForAJob() throws Exception {
        h = new SyncHarness("0.27");
        h.follower.newItems();
        SourcePages pages = pages(FollowedSite.of(h.site.url(), h.follower, "", jobs));

        String en = render(pages.source(HOST, null, OFFICER), "en");
        assertTrue(en.contains("Decidim 0.27.6; categories; endorsements"), en);
        assertTrue(en.contains("12 new, 0 edited, 0 hidden, 0 erased"), en);
        assertTrue(en.matches("(?s).*Proposals</th>\\s*<td[^>]*>\\s*5\\s*</td>.*"), "five proposals in the archive: " + en);
        assertTrue(en.indexOf("name=\"_csrf\" value=\"csrf-token-1\"") < en.indexOf("id=\"sync-now\""), en);
        assertTrue(en.contains("Open Database Licence"), en);
        String cy = render(pages.source(HOST, null, OFFICER), "cy");
        assertTrue(cy.contains("Wedi gorffen") && cy.contains("Cysoni nawr") && cy.contains("Cynigion"), cy);

        Response asked = pages.syncNow(HOST, "cy", OFFICER);
        assertEquals(303, asked.getStatus());
        assertEquals("/connectors/decidim/sites/" + HOST + "?requested=1&lang=cy", asked.getLocation().toString());
        assertEquals(1, jobs.scheduled.size());
        assertEquals(FollowedSite.RECONCILE_JOB, jobs.scheduled.get(0).name());
        assertEquals(HOST, jobs.scheduled.get(0).payload());
        assertTrue(render(pages.source(HOST, "1", OFFICER), "en").contains("A full sync has been asked for"));
    }

    @Test
    void aConfigurationThatCannotBeFollowedSaysWhatToCorrectAndOffersNoSync() throws Exception {
        h = new SyncHarness("0.31");
        SourcePages pages = pages(FollowedSite.of("http://plain.example.org", null, "url 'http://plain.example.org' must be "
                + "the site's https address", jobs));

        String list = render(pages.sources(OFFICER), "en");
        assertTrue(list.contains("Configuration problem"), list);
        assertTrue(list.contains("href=\"/connectors/decidim/sites/plain.example.org\""), list);
        String en = render(pages.source("plain.example.org", null, OFFICER), "en");
        assertTrue(en.contains("must be the site&#39;s https address") || en.contains("must be the site's https address"), en);
        assertFalse(en.contains("id=\"sync-now\""), en);
        assertThrows(NotFoundException.class, () -> pages.source("elsewhere.example.org", null, OFFICER));
        SecurityContext resident = as(new FolkmootUser("r", "R", Set.of("resident"), "test", ""));
        assertThrows(ForbiddenException.class, () -> pages.sources(resident));
    }

    @Test
    void everyMessageOfTheSourcePagesHasBothLanguages() {
        TemplateFixture fixture = new TemplateFixture(SourcePages.class);
        Properties en = fixture.messages("en");
        Properties cy = fixture.messages("cy");
        Set<String> english = new TreeSet<>(en.stringPropertyNames());
        english.removeIf(k -> !k.startsWith("decidim."));
        Set<String> welsh = new TreeSet<>(cy.stringPropertyNames());
        welsh.removeIf(k -> !k.startsWith("decidim."));
        assertEquals(english, welsh);
    }

    private static String render(Page page, String language) {
        String html = RendererFixture.render(page, "/connectors/decidim/sites/" + HOST, language);
        assertFalse(html.matches("(?s).*decidim\\.(sources?|col|kind|outcome|type|run|licence)\\b.*"),
                () -> "a message is missing in " + language + ": " + html);
        return html;
    }
}
