package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A council runs Folkmoot under its own name: the names, the header link and the footer's links come
 * from {@code conf/org.folkmoot.web.Site.cfg}, and the accessibility statement, privacy notice and
 * cookies page are generated in English and Welsh, the privacy notice from the modules switched on.
 */
class CouncilSiteIT {

    private static FolkmootProcess folkmoot;

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootProcess.start();
        folkmoot.writeConfig("org.folkmoot.web.Site", """
                serviceName=Have your say
                serviceNameCy=Dweud eich dweud
                councilName=Isle of Anglesey County Council
                councilNameCy=Cyngor Sir Ynys Môn
                councilUrl=https://www.anglesey.gov.wales
                contactUrl=javascript:alert(1)
                contactEmail=participation@example.gov.uk
                nation=wales
                complianceStatus=partial
                nonAccessibleContent=Older PDF minutes are not tagged. | Maps have no text alternative.
                nonAccessibleContentCy=Nid yw hen gofnodion PDF wedi’u tagio. | Nid oes testun amgen i fapiau.
                statementPrepared=2027-05-15
                """);
        folkmoot.await("/", r -> r.body().contains("Isle of Anglesey County Council"), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        folkmoot.close();
    }

    @Test
    void everyPageCarriesTheCouncilsNamesAndFooterLinksInBothLanguages() {
        String home = folkmoot.get("/").body();
        assertTrue(home.contains("– Have your say – Isle of Anglesey County Council</title>"), home);
        assertTrue(home.contains("href=\"https://www.anglesey.gov.wales\""), home);
        assertTrue(home.contains("href=\"/accessibility\">Accessibility statement</a>"), home);
        assertTrue(home.contains("href=\"/privacy\">Privacy notice</a>"), home);
        assertTrue(home.contains("href=\"/cookies\">Cookies</a>"), home);
        assertFalse(home.contains("javascript:"), "a contact link that is not https, a path or mailto is left out");

        String welsh = folkmoot.get("/?lang=cy").body();
        assertTrue(welsh.contains("Cyngor Sir Ynys Môn"), "Welsh name, read from the .cfg as UTF-8: " + welsh);
        assertTrue(welsh.contains(">Dweud eich dweud</a>"), welsh);
        assertTrue(welsh.contains("href=\"/accessibility?lang=cy\">Datganiad hygyrchedd</a>"), welsh);
    }

    @Test
    void theAccessibilityStatementHasTheSectionsTheRegulationsRequire() {
        String page = folkmoot.get("/accessibility").body();
        for (String section : new String[] {"Accessibility statement for Have your say", "How accessible this website is",
                "Feedback and contact information", "Reporting accessibility problems with this website",
                "Enforcement procedure", "Compliance status", "Non-accessible content",
                "Preparation of this accessibility statement"}) {
            assertTrue(page.contains(section), section + " in " + page);
        }
        assertTrue(page.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA"), page);
        assertTrue(page.contains("<li>Older PDF minutes are not tagged.</li>") && page.contains("<li>Maps have no text alternative.</li>"), page);
        assertTrue(page.contains("Equality Advisory and Support Service"), "England, Scotland and Wales: the EHRC and EASS");
        assertTrue(page.contains("This statement was prepared on 15 May 2027."), page);
        assertTrue(page.contains("mailto:participation@example.gov.uk"), page);

        String welsh = folkmoot.get("/accessibility?lang=cy").body();
        assertTrue(welsh.contains("Datganiad hygyrchedd ar gyfer Dweud eich dweud"), welsh);
        assertTrue(welsh.contains("Paratowyd y datganiad hwn ar 15 Mai 2027."), welsh);
        assertTrue(welsh.contains("<li>Nid yw hen gofnodion PDF wedi’u tagio.</li>"), welsh);
        assertFalse(welsh.contains("Older PDF minutes"), welsh);
    }

    @Test
    void thePrivacyNoticeListsWhatTheModulesSwitchedOnKeep() throws Exception {
        String page = folkmoot.get("/privacy").body();
        assertTrue(page.contains("Isle of Anglesey County Council is the data controller"), page);
        assertTrue(page.contains("Your account and what you write"), page);
        assertTrue(page.contains(">Asset transfers</h2>"), "assets ships enabled: " + page);
        assertTrue(page.contains("Community Empowerment (Scotland) Act 2015"), page);
        assertTrue(page.contains("Information Commissioner"), page);
        String welsh = folkmoot.get("/privacy?lang=cy").body();
        assertTrue(welsh.contains(">Trosglwyddo asedau</h2>"), welsh);
        assertTrue(welsh.contains("Cyngor Sir Ynys Môn yw’r rheolydd data"), welsh);

        FolkmootProcess.CommandResult disabled = folkmoot.command("disable", "assets");
        assertEquals(0, disabled.exitCode(), disabled.output());
        folkmoot.await("/privacy", r -> !r.body().contains(">Asset transfers</h2>"), Duration.ofSeconds(10));
        assertTrue(folkmoot.get("/privacy").body().contains("Your account and what you write"));
        FolkmootProcess.CommandResult enabled = folkmoot.command("enable", "assets");
        assertEquals(0, enabled.exitCode(), enabled.output());
        folkmoot.await("/privacy", r -> r.body().contains(">Asset transfers</h2>"), Duration.ofSeconds(10));
    }

    @Test
    void theCookiesPageNamesTheOnlyCookie() {
        String page = folkmoot.get("/cookies").body();
        assertTrue(page.contains("folkmoot_session"), page);
        assertTrue(folkmoot.get("/cookies?lang=cy").body().contains("Yn eich cadw wedi mewngofnodi"));
    }
}
