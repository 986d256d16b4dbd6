package org.folkmoot.assemblies.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.RecommendationsDemo;
import org.folkmoot.assemblies.internal.evidence.RecommendationVoice;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Harness;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.folkmoot.testkit.TestClock;
import org.folkmoot.testkit.TestUsers;
import org.folkmoot.web.internal.RendererFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's finished assembly and the part-2 pages rendered by the web bundle's real renderer in
 * English and Welsh: every message found, the votes, answers and progress a resident reads, an
 * officer's form shown again with the error beside its field, and no member's name or ballot.
 */
class RecommendationPagesTest {
    static final String ID = RecommendationsDemo.ID;
    static final Pattern KEY = Pattern.compile("assemblies\\.(recommendations|response|tracker)\\.[A-Za-z_.]+");
    final TestClock clock = TestClock.on(LocalDate.of(2027, 6, 15));
    Harness h;
    RecommendationPages pages;
    RecommendationVoice voice;

    @BeforeEach
    void demo() throws Exception {
        h = new Harness(clock, Harness.h2());
        Recruitment recruitment = new Recruitment(h.store, h.jobs);
        new RecommendationsDemo(recruitment, h.recommendations, h.responses, h.implementation).load();
        ResidentsVoice residents = new ResidentsVoice(new JdbcContributionArchive(h.ds, new JdbcAuditLog(h.ds, clock), clock),
                u -> "u-abcdefghijklmnopqrstuvwxyz", new UkRedactor());
        voice = new RecommendationVoice(h.recommendations, h.responses, residents);
        pages = new RecommendationPages(h.recommendations, h.responses, h.implementation, voice);
    }

    @Test
    void theDemoIsAFinishedAssemblyWithOneResponseOverdueAndWorkUnderWay() {
        Implementation.Tracked t = h.implementation.tracked(ID);
        assertEquals(7, t.recommendations().size());
        assertEquals(50, h.recommendations.membership(ID), "Blaenau Gwent's 50 members, from the register");
        assertEquals(List.of(1, 2, 4, 5, 6), t.recommendations().stream().filter(r -> r.passed()).map(r -> r.number()).toList(),
                "five passed at 80%, as in Blaenau Gwent");
        assertEquals(List.of(6), t.overdue());
        assertEquals("3 of 5 recommendations accepted; 1 in progress, 1 done", t.rollUp().describe("en"));
        assertEquals("DEVICES", t.recommendations().get(1).vote().orElseThrow().method().name());
    }

    @Test
    void thePublicPageInEnglishAndWelsh() {
        String en = render(pages.list(ID, anonymous()), "en");
        assertTrue(en.contains("3 of 5 recommendations accepted; 1 in progress, 1 done"), en);
        assertTrue(en.contains("A recommendation passes with at least 80% of votes cast in support. Abstentions count as votes cast."));
        assertTrue(en.contains("91.7% in support: 5 more than the 39 votes needed."), "44 of 48");
        assertTrue(en.contains("45.8% in support: 17 short of the 39 votes needed."), "22 of 48 on car-free town centres");
        assertTrue(en.contains("Response overdue"));
        assertTrue(en.contains("Accepted in part"));
        assertTrue(en.contains("Retrofit the first 800 homes"));
        assertFalse(en.contains("P-DEMO"), "no member's pseudonym on the public page");
        assertFalse(en.contains("officers-link"), "no officers' link for residents");
        assertTrue(en.contains("1 response overdue"), "one, not '1 responses'");
        assertTrue(en.contains("The first 3 months after the council’s response, then every 6 months"), en);
        for (String file : List.of("sessions", "evidence", "submissions")) {
            assertTrue(en.contains("href=\"/api/assemblies/" + ID + "/open-data/" + file + ".csv\""), file + ".csv linked");
        }
        assertTrue(en.contains("id=\"comments-link-1\""), "beside a recommendation voted on");
        assertTrue(en.contains("href=\"/assemblies/" + ID + "/recommendations/1/comments\""), en);
        assertTrue(en.contains("No comments from residents yet: add one"), en);

        String cy = render(pages.list(ID, anonymous()), "cy");
        assertTrue(cy.contains("Derbyniwyd 3 o 5 argymhelliad; 1 ar y gweill, 1 wedi’u cwblhau"), cy);
        assertTrue(cy.contains("Ymateb yn hwyr"));
        assertTrue(cy.contains("Ôl-osod yr 800 cartref cyntaf"));
        assertFalse(cy.contains("Retrofit"), "the Welsh page shows the Welsh wording");
        assertTrue(cy.contains("href=\"/assemblies/tracker?lang=cy\""));
        assertTrue(cy.contains("href=\"/assemblies/" + ID + "/recommendations/1/comments?lang=cy\""), cy);
        assertTrue(cy.contains("Dim sylwadau gan drigolion eto"), cy);
    }

    @Test
    void theCommentsBesideARecommendationAreCounted() {
        FolkmootUser resident = new FolkmootUser("resident-1", "A resident", Set.of("resident"), "test", "");
        voice.comment(ID, 1, "recommendation", resident, new ResidentsVoice.Writing("Start with the flats.", "en", ""));
        voice.comment(ID, 1, "response", resident, new ResidentsVoice.Writing("Pryd?", "cy", ""));
        voice.comment(ID, 2, "recommendation", resident, new ResidentsVoice.Writing("Yes.", "en", ""));
        String en = render(pages.list(ID, anonymous()), "en");
        assertTrue(en.contains("2 comments from residents"), "on the recommendation and on the response");
        assertTrue(en.contains("1 comment from residents"), en);
        assertTrue(render(pages.list(ID, anonymous()), "cy").contains("2 sylw gan drigolion"));
    }

    @Test
    void theComparisonOfVersionsAndTheTracker() {
        String compare = render(pages.compare(ID, 1, null, null, "en"), "en");
        assertTrue(compare.contains("<ins> by 2030</ins>"), compare);
        assertTrue(compare.contains("P-DEMO0001"), "who wrote the first draft");
        assertFalse(compare.contains("demo-facilitator"), "not the account of the facilitator who wrote the second");
        assertTrue(compare.contains("A facilitator, for members"), compare);
        String tracker = render(new TrackerPage(h.recommendations, h.implementation).tracker(), "cy");
        assertTrue(tracker.contains("Derbyniwyd 3 o 5 argymhelliad"), tracker);
    }

    @Test
    void anOfficersFormComesBackWithTheErrorBesideItsField() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("action", "respond");
        form.add("number", "6");
        form.add("r6-decision", "ACCEPTED");
        form.add("r6-reasonsEn", "Yes.");
        form.add("r6-reasonsCy", "Ie.");
        form.add("r6-service", "Food");
        form.add("r6-respondedOn-day", "31");
        form.add("r6-respondedOn-month", "2");
        form.add("r6-respondedOn-year", "2027");
        Response r = pages.act(ID, form, "cy", officer());
        assertEquals(422, r.getStatus());
        String cy = render((Page) r.getEntity(), "cy");
        assertTrue(cy.contains("<a href=\"#r6-respondedOn\">Rhowch ddyddiad go iawn, er enghraifft 27 3 2027</a>"), cy);
        assertTrue(cy.contains("id=\"r6-respondedOn-error\""), "beside the field");
        assertEquals(List.of(6), h.responses.overdue(ID), "nothing was written");

        form.putSingle("r6-respondedOn-day", "1");
        form.putSingle("r6-respondedOn-month", "6");
        assertEquals(303, pages.act(ID, form, "cy", officer()).getStatus());
        assertEquals(List.of(), h.responses.overdue(ID));
        String en = render(pages.officers(ID, officer()), "en");
        assertFalse(en.contains("overdue-warning"));
        assertTrue(en.contains("4 of 5 recommendations accepted"), en);
    }

    /** The page as the runtime renders it; a message key left on the page (a missing message) fails the test. */
    static String render(Page page, String language) {
        String html = RendererFixture.render(page, "assemblies/" + ID + "/recommendations", language);
        Matcher key = KEY.matcher(html);
        assertFalse(key.find(), () -> "no message " + key.group() + " in " + language);
        return html;
    }

    static SecurityContext anonymous() {
        return TestUsers.as(null);
    }

    static SecurityContext officer() {
        return TestUsers.as(new FolkmootUser("assembly-officer", "Gwen Officer", Set.of("assemblies.officer"), "test", "csrf-token"));
    }
}
