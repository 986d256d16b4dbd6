package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every page each module lists ({@code ModuleInfo.pages()}, read from {@code /api/modules}), the
 * platform's own pages and an error page, in English and Welsh, in a real headless Chromium: first
 * as a resident (officer pages then show the refusal page, which is checked too), then signed in as
 * an administrator through the login form. On each: axe-core finds no WCAG 2.2 A/AA violation, and
 * the Welsh page shows no English message. Pages no module can list because their address holds an
 * id (a case page) are reached by following the links of the listed pages into each module's pages.
 * One runtime and one browser for all of it.
 */
class PageChecksIT {

    private static final String ADMIN = "pagecheck-admin";
    private static final String PASSWORD = "page-check-password-1";
    /**
     * Pages that belong to no module: the home page, signing in, the accessibility statement, the
     * privacy and cookies notices, the administrator's modules and accounts pages, a page that is not there.
     */
    private static final List<String> PLATFORM_PAGES = List.of("/", "/login", "/accessibility", "/privacy", "/cookies",
            "/admin/modules", "/accounts", "/no-such-page");
    /**
     * The cases the demo opens ({@code AssetsDemo}), one of each kind and stage: the register links only
     * the cases on its first rows, so these are checked by name.
     */
    private static final List<String> DEMO_CASES = List.of("/asset-transfers/cases/ATR-DEMO-1",
            "/asset-transfers/cases/ATR-DEMO-2", "/asset-transfers/cases/ACV-DEMO-1",
            // the plans the demo loads (PlansDemo): one out to consultation, one adopted with its report; their
            // statements and reports are two links below /plans, so they are named here
            "/plans/ashby-neighbourhood-plan", "/plans/ashby-neighbourhood-plan/consultations/1/statement",
            "/plans/cwm-taf-lles", "/plans/cwm-taf-lles/reports/1", "/plans/cwm-taf-lles/consultations/1/statement");

    /** The plan officers' pages for the demo's draft and adopted action (signed out: the refusal page). */
    private static final List<String> DEMO_PLAN_OFFICER_PAGES = List.of("/plans/cwm-taf-lles/draft/import",
            "/plans/cwm-taf-lles/sections/add", "/plans/cwm-taf-lles/sections/warm-homes", "/plans/cwm-taf-lles/actions/warm-homes/progress");

    /**
     * The demo's citizens' assemblies ({@code AssembliesDemo}): one in recruitment, one with a published
     * panel, with their registration form and officers' pages.
     */
    private static final List<String> DEMO_ASSEMBLIES = List.of("/assemblies/trafford-climate",
            "/assemblies/trafford-climate/register", "/assemblies/trafford-climate/officers",
            "/assemblies/trafford-climate/officers/phone", "/assemblies/trafford-transport",
            "/assemblies/trafford-transport/officers",
            // part 2 (SessionsDemo): the sessions and evidence pages are linked from the assembly's page; the
            // evidence form is one link further
            "/assemblies/trafford-transport/sessions", "/assemblies/trafford-transport/evidence",
            "/assemblies/trafford-transport/evidence/submit", "/assemblies/blaenau-gwent-climate/sessions",
            "/assemblies/blaenau-gwent-climate/evidence", "/assemblies/blaenau-gwent-climate/recommendations/1/comments",
            // the standing assembly (RoundsDemo): its rounds on the sessions page, round 2's public page, the officers' rounds pages
            "/assemblies/newham-climate/sessions", "/assemblies/newham-climate/rounds/2", "/assemblies/newham-climate/officers/rounds",
            "/assemblies/newham-climate/officers/rounds/2");

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
        folkmoot.await("/api/assemblies/trafford-transport/selections/2",
                r -> r.statusCode() == 200 && r.body().contains("\"state\":\"DONE\""), Duration.ofSeconds(120));
        // The demo's finished assembly gets its sessions and residents' comments last (SessionsDemo).
        folkmoot.await("/api/assemblies/blaenau-gwent-climate/recommendations/1/comments?on=response",
                r -> r.statusCode() == 200 && r.body().contains("dechrau"), Duration.ofSeconds(120));
        // The standing assembly's second round is drawn by the round-draw job after the rest.
        folkmoot.await("/api/assemblies/newham-climate/rounds/2",
                r -> r.statusCode() == 200 && r.body().contains("\"state\":\"DONE\""), Duration.ofSeconds(120));
        // The plans module loads its demo as it starts: wait for the last thing it loads.
        folkmoot.await("/plans/cwm-taf-lles/reports/1", r -> r.statusCode() == 200, Duration.ofSeconds(60));
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
        pages.addAll(DEMO_ASSEMBLIES);
        pages.addAll(DEMO_PLAN_OFFICER_PAGES);
        for (String demoCase : DEMO_CASES) {
            assertEquals(200, folkmoot.get(demoCase).statusCode(), demoCase + " is a page");
            pages.add(demoCase);
        }
        return new ArrayList<>(pages);
    }

    /** The modules' listed pages without their queries: a link below one of these is a module's page too. */
    private static Set<String> modulePrefixes(List<String> pages) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String page : pages) {
            String path = URI.create(page).getPath();
            if (!PLATFORM_PAGES.contains(page) && !path.equals("/")) {
                prefixes.add(path + "/");
            }
        }
        return prefixes;
    }

    @Test
    void everyPageIsAccessibleAndTheWelshPagesAreInWelsh() {
        List<String> pages = pages();
        assertTrue(pages.containsAll(List.of("/search", "/asset-transfers/dashboard", "/example", "/plans", "/plans/rules")),
                pages.toString());
        assertTrue(messages.differingMessages() > 100, "the check read the messages of every bundle: " + messages.differingMessages());
        List<String> problems = new ArrayList<>();
        int checked;
        WebDriver browser = Chromium.start(true);
        try {
            theChecksSeeWhatTheyLookFor(browser);
            checked = checkAll(browser, pages, problems).size();
            signIn(browser);
            checked += checkAll(browser, pages, problems).size();
        } finally {
            browser.quit();
        }
        checked *= 2;
        assertEquals("", String.join("\n", problems), problems.size() + " problems on " + checked + " pages");
    }

    /** Controls: the English home page is English to the check, and axe-core sees a missing label. */
    private static void theChecksSeeWhatTheyLookFor(WebDriver browser) {
        browser.get(folkmoot.uri("/?lang=en").toString());
        List<String> english = PageChecks.englishOnWelshPage(browser, messages);
        assertTrue(english.size() >= 3 && english.toString().contains("home.title"), english.toString());
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text id=unlabelled>')");
        List<String> violations = PageChecks.accessibility(browser);
        assertTrue(violations.toString().contains("label"), violations.toString());
    }

    /**
     * Checks the listed pages and, one level deep, the module pages they link to (a case page from the
     * register or the dashboard); answers every page checked.
     */
    private static Set<String> checkAll(WebDriver browser, List<String> pages, List<String> problems) {
        Set<String> prefixes = modulePrefixes(pages);
        Set<String> checked = new LinkedHashSet<>(pages);
        List<String> todo = new ArrayList<>(pages);
        for (int i = 0; i < todo.size(); i++) {
            String page = todo.get(i);
            for (String language : List.of("en", "cy")) {
                browser.get(folkmoot.uri(TemplateFixture.url(page, language)).toString());
                problems.addAll(PageChecks.accessibility(browser));
                if (language.equals("cy")) {
                    problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
                } else if (i < pages.size()) {
                    linkedModulePages(browser, prefixes).stream().filter(checked::add).forEach(todo::add);
                }
            }
        }
        return checked;
    }

    /** The paths (without query) of this site's links in the page's main content that lie below a module's page. */
    private static List<String> linkedModulePages(WebDriver browser, Set<String> prefixes) {
        @SuppressWarnings("unchecked")
        List<Object> hrefs = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('main a[href]'), a => a.href);");
        List<String> linked = new ArrayList<>();
        for (Object href : hrefs) {
            URI link = URI.create(String.valueOf(href));
            if (link.getPort() == folkmoot.port() && link.getRawPath() != null
                    && prefixes.stream().anyMatch(link.getRawPath()::startsWith)) {
                linked.add(link.getRawPath());
            }
        }
        return linked;
    }

    private static void signIn(WebDriver browser) {
        Chromium.signIn(browser, folkmoot.uri("/login"), ADMIN, PASSWORD);
        browser.get(folkmoot.uri("/asset-transfers/dashboard").toString());
        assertTrue(browser.findElements(By.id("password")).isEmpty() && !browser.getTitle().contains("401"),
                "signed in: " + browser.getTitle());
    }
}
