package org.folkmoot.connector.consul.internal.pages;

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
import org.folkmoot.connector.consul.internal.ConsulRoles;
import org.folkmoot.connector.consul.internal.SyncHarness;
import org.folkmoot.connector.consul.internal.site.FollowedSite;
import org.folkmoot.connector.consul.internal.site.FollowedSites;
import org.folkmoot.testkit.TemplateFixture;
import org.folkmoot.web.internal.RendererFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The officers' source pages rendered as the runtime renders them, in English and Welsh, after a real sync. */
class SourcePagesTest {

    private static final String HOST = SyncHarness.HOST;
    private static final SecurityContext OFFICER = as(new FolkmootUser("officer-1", "Officer", Set.of(ConsulRoles.OFFICER), "test",
            "csrf-token-1"));

    private SyncHarness h;

    @BeforeEach
    void open() throws Exception {
        h = new SyncHarness();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private SourcePages pages(FollowedSite... sites) {
        return new SourcePages(FollowedSites.of(List.of(sites)), h.jobs, h.time);
    }

    @Test
    void aSourceShowsItsLastSyncCountsProblemsAndSyncNowInEnglishAndWelsh() throws Exception {
        h.followed.sync();
        h.consul.failItem("debates", "301");
        h.followed.sync();
        SourcePages pages = pages(h.followed);

        String en = render(pages.source(HOST, null, OFFICER), "en");
        assertTrue(en.contains("Partly done"), en);
        assertTrue(en.contains("9 new, 0 edited, 0 hidden, 0 erased"), en);
        assertTrue(en.matches("(?s).*Proposals</th>\\s*<td[^>]*>\\s*3\\s*</td>.*"), "three proposals in the archive: " + en);
        assertTrue(en.matches("(?s).*Comments</th>\\s*<td[^>]*>\\s*5\\s*</td>.*"), "five comments: " + en);
        assertTrue(en.contains("Internal error loading debates (debates/edges/0/node)"), "the site's message: " + en);
        assertTrue(en.contains("What to do:</strong> Some items could not be read"), en);
        assertTrue(en.contains("Every 60 minutes, at most 600 requests a minute"), en);
        assertTrue(en.indexOf("name=\"_csrf\" value=\"csrf-token-1\"") < en.indexOf("id=\"sync-now\""), en);
        String cy = render(pages.source(HOST, null, OFFICER), "cy");
        assertTrue(cy.contains("Wedi gorffen yn rhannol") && cy.contains("Cysoni nawr") && cy.contains("Cynigion"), cy);

        Response asked = pages.syncNow(HOST, "cy", OFFICER);
        assertEquals(303, asked.getStatus());
        assertEquals("/connectors/consul/sites/" + HOST + "?requested=1&lang=cy", asked.getLocation().toString());
        assertEquals(1, h.jobs.jobs(FollowedSite.SYNC_JOB).size(), "a sync job, run once across runtimes");
        assertEquals(HOST + "|now|" + h.time.instant().getEpochSecond(), h.jobs.jobs(FollowedSite.SYNC_JOB).get(0).key());
        assertTrue(render(pages.source(HOST, "1", OFFICER), "en").contains("A sync has been asked for"));
        String list = render(pages.sources(OFFICER), "en");
        assertTrue(list.contains("href=\"/connectors/consul/sites/" + HOST + "\""), list);
    }

    @Test
    void aSyncUnderWayShowsItsBacklog() throws Exception {
        h.consul.fail(FakeConsulFaults.firstPageThenDown());
        assertThrows(Exception.class, h.followed::sync);

        String en = render(pages(h.followed).source(HOST, null, OFFICER), "en");

        assertTrue(en.contains("A sync is under way: 1 page read, now in the debates"), en);
        assertTrue(en.contains("Failed"), en);
        assertTrue(en.contains("The site answered 502 6 times"), en);
    }

    @Test
    void aConfigurationThatCannotBeFollowedSaysWhatToCorrectAndOffersNoSync() {
        SourcePages pages = pages(FollowedSite.misconfigured("http://plain.example.org", "url 'http://plain.example.org' must be "
                + "the site's https address", h.store, h.jobs));

        String list = render(pages.sources(OFFICER), "en");
        assertTrue(list.contains("Configuration problem"), list);
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
        english.removeIf(k -> !k.startsWith("consul."));
        Set<String> welsh = new TreeSet<>(cy.stringPropertyNames());
        welsh.removeIf(k -> !k.startsWith("consul."));
        assertEquals(english, welsh);
    }

    private static String render(Page page, String language) {
        String html = RendererFixture.render(page, "/connectors/consul/sites/" + HOST, language);
        assertFalse(html.matches("(?s).*consul\\.(sources?|col|outcome|type|run|collection|origin)\\b.*"),
                () -> "a message is missing in " + language + ": " + html);
        return html;
    }
}
