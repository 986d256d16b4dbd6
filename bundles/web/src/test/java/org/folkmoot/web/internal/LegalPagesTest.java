package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.folkmoot.api.privacy.PersonalDataKept;
import org.folkmoot.api.privacy.PersonalDataNotice;
import org.folkmoot.api.web.Page;
import org.junit.jupiter.api.Test;

/** The council's settings as pages show them, and the generated legal pages on default settings. */
class LegalPagesTest {

    @Test
    void linksThatAreNotAPathHttpsOrMailtoAreLeftOut() {
        assertEquals("/privacy", SiteSettings.safeLink(" /privacy "));
        assertEquals("https://www.example.gov.uk/contact", SiteSettings.safeLink("https://www.example.gov.uk/contact"));
        assertEquals("mailto:help@example.gov.uk", SiteSettings.safeLink("mailto:help@example.gov.uk"));
        assertEquals("", SiteSettings.safeLink("javascript:alert(1)"));
        assertEquals("", SiteSettings.safeLink("http://www.example.gov.uk"));
        assertEquals("", SiteSettings.safeLink("//evil.example.com/x"));
        assertEquals("", SiteSettings.sitePath("https://www.example.gov.uk/logo.svg"), "the CSP allows images from this site only");
    }

    @Test
    void welshFallsBackToEnglishWhereTheCouncilGaveNoWelshAndItemsSplitOnBars() {
        SiteSettings settings = SiteSettings.of(Map.of("councilName", "Cheltenham Borough Council",
                "nonAccessibleContent", new String[] {"Old PDFs are not tagged. | Maps have no text alternative. |"},
                "nation", "Atlantis", "statementPrepared", "15/05/2027"));
        SiteSettings.Site welsh = settings.site("cy");
        assertEquals("Cheltenham Borough Council", welsh.councilName());
        assertEquals(List.of("Old PDFs are not tagged.", "Maps have no text alternative."), welsh.nonAccessibleContent());
        assertEquals("england", welsh.nation(), "an unknown nation falls back, logged");
        assertEquals(null, welsh.statementPrepared(), "a date not in ISO form is left out, logged");
        assertEquals(List.of("footer.accessibility", "footer.privacy", "footer.cookies"),
                welsh.footerLinks().stream().map(SiteSettings.Link::key).toList());
    }

    @Test
    void theStatementOnDefaultSettingsSaysWhatTheCouncilHasNotRecordedYet() {
        String english = RendererFixture.render(Page.of(LegalPagesResource.class, "accessibility.ftlh", Map.of()), "accessibility", "en");
        assertTrue(english.contains("Accessibility statement for Folkmoot"), english);
        assertTrue(english.contains("The council has not yet recorded when this statement was prepared."), english);
        assertTrue(english.contains("Contact the council that runs this service through its main website."), english);
        String welsh = RendererFixture.render(Page.of(LegalPagesResource.class, "accessibility.ftlh", Map.of()), "accessibility", "cy");
        assertTrue(welsh.contains("Datganiad hygyrchedd ar gyfer Folkmoot"), welsh);
        assertFalse(welsh.contains("Accessibility statement"), welsh);
    }

    @Test
    void thePrivacyNoticeListsEachRunningPartsItemsInThePagesLanguage() {
        PersonalDataNotice notice = new PersonalDataNotice() {
            @Override
            public String component() {
                return "plans";
            }

            @Override
            public String name(String language) {
                return "cy".equals(language) ? "Cynlluniau cymunedol" : "Community plans";
            }

            @Override
            public List<PersonalDataKept> kept(String language) {
                return List.of(new PersonalDataKept("Comments " + language, "why", "basis", "how long", "who"));
            }
        };
        PrivacyNotices notices = new PrivacyNotices(List.of(notice));
        String welsh = RendererFixture.render(Page.of(LegalPagesResource.class, "privacy.ftlh",
                Map.of("sections", Map.of("en", notices.sections("en"), "cy", notices.sections("cy")))), "privacy", "cy");
        assertTrue(welsh.contains(">Cynlluniau cymunedol</h2>"), welsh);
        assertTrue(welsh.contains("Comments cy"), welsh);
        assertFalse(welsh.contains("Comments en"), welsh);
    }
}
