package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.testkit.Chromium;
import org.folkmoot.testkit.Json;
import org.folkmoot.testkit.Messages;
import org.folkmoot.testkit.PageChecks;
import org.folkmoot.testkit.TemplateFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every page each module lists ({@code ModuleInfo.pages()}, read from {@code /api/modules}), the
 * platform's own pages and an error page, in English and Welsh, in a real headless Chromium: first
 * as a resident (officer pages then show the refusal page, which is checked too), then signed in as
 * an administrator through the login form. On each: axe-core finds no WCAG 2.2 A/AA violation, and
 * the Welsh page shows no English message. One runtime and one browser for all of it.
 */
class PageChecksIT {

    private static final String ADMIN = "pagecheck-admin";
    private static final String PASSWORD = "page-check-password-1";
    /** Pages that belong to no module: the home page, signing in, a page that is not there. */
    private static final List<String> PLATFORM_PAGES = List.of("/", "/login", "/no-such-page");

    private static FolkmootProcess folkmoot;
    private static Messages messages;

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.writeConfig("org.folkmoot.platform.Security", "initialAdmin=" + ADMIN + "\ninitialAdminPassword=" + PASSWORD + "\n");
        // Demo mode: contributions in both languages, so search pages show hits, facets and snippets.
        folkmoot.launch(Map.of(), "--demo");
        folkmoot.command("enable", "example");
        folkmoot.await("/example", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        folkmoot.await("/api/search?q=park", r -> r.statusCode() == 200 && Json.parse(r).get("total").asInt() > 0,
                Duration.ofSeconds(60));
        messages = Messages.ofInstallation(folkmoot.home());
    }

    @AfterAll
    static void stop() throws Exception {
        folkmoot.close();
    }

    private static List<String> pages() {
        Set<String> pages = new LinkedHashSet<>(PLATFORM_PAGES);
        JsonNode modules = Json.parse(folkmoot.get("/api/modules"));
        for (JsonNode module : modules) {
            module.get("pages").forEach(p -> pages.add(p.asText()));
        }
        return new ArrayList<>(pages);
    }

    @Test
    void everyPageIsAccessibleAndTheWelshPagesAreInWelsh() {
        List<String> pages = pages();
        assertTrue(pages.containsAll(List.of("/search", "/asset-transfers/dashboard", "/example")), pages.toString());
        assertTrue(messages.differingMessages() > 100, "the check read the messages of every bundle: " + messages.differingMessages());
        List<String> problems = new ArrayList<>();
        WebDriver browser = Chromium.start(true);
        try {
            theChecksSeeWhatTheyLookFor(browser);
            checkAll(browser, pages, problems);
            signIn(browser);
            checkAll(browser, pages, problems);
        } finally {
            browser.quit();
        }
        assertEquals("", String.join("\n", problems), problems.size() + " problems on " + pages.size() * 4 + " pages");
    }

    /** Controls: the English home page is English to the check, and axe-core sees a missing label. */
    private static void theChecksSeeWhatTheyLookFor(WebDriver browser) {
        browser.get(folkmoot.uri("/?lang=en").toString());
        List<String> english = PageChecks.englishOnWelshPage(browser, messages);
        assertTrue(english.size() >= 3 && english.toString().contains("home.title"), english.toString());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text id=unlabelled>')");
        List<String> violations = PageChecks.accessibility(browser);
        assertTrue(violations.toString().contains("label"), violations.toString());
    }

    private static void checkAll(WebDriver browser, List<String> pages, List<String> problems) {
        for (String page : pages) {
            for (String language : List.of("en", "cy")) {
                browser.get(folkmoot.uri(TemplateFixture.url(page, language)).toString());
                problems.addAll(PageChecks.accessibility(browser));
                if (language.equals("cy")) {
                    problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
                }
            }
        }
    }

    private static void signIn(WebDriver browser) {
        browser.get(folkmoot.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action^='/login'] button")).click();
        browser.get(folkmoot.uri("/asset-transfers/dashboard").toString());
        assertTrue(browser.findElements(By.id("password")).isEmpty() && !browser.getTitle().contains("401"),
                "signed in: " + browser.getTitle());
    }
}
