package org.folkmoot.distribution;

import static org.folkmoot.distribution.Answers.problem;
import static org.folkmoot.distribution.Answers.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.folkmoot.testkit.Chromium;
import org.folkmoot.testkit.Messages;
import org.folkmoot.testkit.PageChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The community plans module in the assembled runtime, over HTTP, as a parish council, a
 * community planning partnership, a public services board and their residents meet it: an English
 * neighbourhood plan through its regulation 14 consultation to a consultation statement; a Scottish
 * locality plan adopted, its progress recorded and its first annual report with the reminder planned
 * before it is due; a Welsh well-being plan whose pages read in Welsh in a real browser; and the bad
 * input of each, refused with a 4xx and nothing written. One runtime serves the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlansIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "plans-it-admin-token-" + UUID.randomUUID();
    private static final String PASSWORD = "a long password for the plans test";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** A word no other test writes, to find the comment in search. */
    private static final String MARKER = "playingfieldmarker" + Long.toString(System.nanoTime(), 36);

    private FolkmootProcess folkmoot;
    private String officer;
    private String editor;
    private Session resident;
    private LocalDate today;

    private record Session(String cookie, String csrf) {
    }

    @BeforeAll
    void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", ADMIN));
        folkmoot.await("/api/plans", r -> r.statusCode() == 200, Duration.ofSeconds(60));
        account("plans-it-officer", "officer");
        account("plans-it-editor", "editor");
        account("plans-it-resident", null);
        officer = token(login("plans-it-officer"));
        editor = token(login("plans-it-editor"));
        resident = login("plans-it-resident");
        today = LocalDate.now(UK);
    }

    @AfterAll
    void stop() throws Exception {
        if (folkmoot != null) {
            folkmoot.close();
        }
    }

    @Test
    @Order(1)
    void aNeighbourhoodPlanThroughRegulation14ToItsConsultationStatement() throws Exception {
        created(officer("POST", "/api/plans", "{\"id\":\"ashby-np\",\"type\":\"neighbourhood-plan\",\"titleEn\":\"Ashby Neighbourhood Plan\","
                + "\"organisation\":\"Ashby Parish Council\",\"area\":{\"kind\":\"GSS\",\"codes\":[\"E04005406\"],\"name\":\"Ashby\"}}"));
        ok(as(editor, "PUT", "/api/plans/ashby-np/draft", draft("A green village.")));
        ok(as(editor, "POST", "/api/plans/ashby-np/versions/1/publish", null));

        // A window a day short of six weeks is refused, citing the regulation; nothing is recorded.
        HttpResponse<String> tooShort = problem(officer("POST", "/api/plans/ashby-np/consultations",
                consultation(1, "pre-submission", today, today.plusDays(41))));
        assertEquals(422, tooShort.statusCode());
        assertTrue(tooShort.body().contains("reg. 14(a)(iv)") && tooShort.body().contains("6 weeks"), tooShort.body());
        assertEquals(0, json(officer("GET", "/api/plans/ashby-np", null)).get("consultations").size());
        created(officer("POST", "/api/plans/ashby-np/consultations", consultation(1, "pre-submission", today, today.plusDays(42))));
        assertEquals(409, problem(officer("POST", "/api/plans/ashby-np/consultations",
                consultation(1, "publicity", today.plusDays(42), today.plusDays(90)))).statusCode(), "overlapping windows");
        ok(officer("POST", "/api/plans/ashby-np/consultations/1/consultees", "{\"name\":\"Natural England\",\"statutory\":true,\"how\":\"E-mail\"}"));
        ok(officer("POST", "/api/plans/ashby-np/consultations/1/consultees/1/notified", "{\"on\":\"" + today + "\"}"));

        // A resident comments on a paragraph through the JSON API, and on the plan through the page's form.
        HttpResponse<String> comment = resident("POST", "/api/plans/ashby-np/comments", "{\"text\":\"Keep the " + MARKER
                + " playing field. Ring me on 07700 900123.\",\"section\":\"green-spaces\",\"paragraph\":1,\"language\":\"en\"}");
        assertEquals(201, comment.statusCode(), comment.body());
        String commentId = json(comment).get("id").asText();
        assertFalse(comment.body().contains("07700 900123"), "redacted: " + comment.body());
        HttpResponse<String> viaForm = form("/plans/ashby-np/comments", Map.of("text", "More homes for young families, please.",
                "section", "", "paragraph", "", "language", "en", "organisation", "", "_csrf", resident.csrf()));
        assertEquals(303, viaForm.statusCode(), viaForm.body());
        HttpResponse<String> blank = form("/plans/ashby-np/comments", Map.of("text", "", "language", "en", "_csrf", resident.csrf()));
        assertEquals(422, blank.statusCode());
        assertTrue(blank.body().contains("id=\"comment-text-error\""), "the error beside its field");

        // in the archive, under the section with a link to the paragraph, and searchable
        folkmoot.await("/api/search?q=" + MARKER, r -> r.statusCode() == 200 && r.body().contains(commentId), Duration.ofSeconds(30));
        assertTrue(folkmoot.get("/api/search?q=" + MARKER).body().contains("/plans/ashby-np/versions/1#green-spaces-p1"));

        // version 2; editing version 1 is refused; the officer answers the comment and links the change
        ok(as(editor, "PUT", "/api/plans/ashby-np/draft", draft("A green village that keeps its playing field.")));
        assertEquals(409, problem(as(editor, "PUT", "/api/plans/ashby-np/versions/1", draft("Rewritten history."))).statusCode());
        ok(as(editor, "POST", "/api/plans/ashby-np/versions/2/publish", null));
        assertEquals(409, problem(as(editor, "PUT", "/api/plans/ashby-np/versions/2", draft("After publication."))).statusCode());
        ok(officer("POST", "/api/plans/ashby-np/comments/" + commentId + "/answer",
                "{\"answer\":\"Agreed: the field is proposed as Local Green Space.\",\"inVersion\":2,\"changedSection\":\"green-spaces\"}"));

        HttpResponse<String> statement = ok(folkmoot.get("/plans/ashby-np/consultations/1/statement"));
        assertTrue(statement.body().contains("Natural England"), statement.body());
        assertTrue(statement.body().contains("2 comments were made, 0 of them by organisations; 1 have been answered."), statement.body());
        assertTrue(statement.body().contains("Agreed: the field is proposed as Local Green Space."));
        assertTrue(statement.body().contains("href=\"/plans/ashby-np/versions/2#section-green-spaces\""));
        assertFalse(statement.body().contains("07700"));

        // 10 MB in one section: refused before anything is read, and version 3 does not exist
        String huge = "{\"sections\":[{\"key\":\"huge\",\"kind\":\"TEXT\",\"heading\":{\"en\":\"Huge\"},\"body\":{\"en\":\""
                + "x".repeat(10 * 1024 * 1024) + "\"}}]}";
        assertEquals(413, problem(as(editor, "PUT", "/api/plans/ashby-np/draft", huge)).statusCode());
        assertEquals(2, json(officer("GET", "/api/plans/ashby-np", null)).get("versions").size());
    }

    @Test
    @Order(2)
    void aCommentOnAClosedConsultationIsRefused() throws Exception {
        created(officer("POST", "/api/plans", "{\"id\":\"brindle-np\",\"type\":\"neighbourhood-plan\",\"titleEn\":\"Brindle Neighbourhood Plan\","
                + "\"started\":\"" + today.minusMonths(6) + "\"}"));
        ok(as(editor, "PUT", "/api/plans/brindle-np/draft", draft("A quiet village.")));
        ok(as(editor, "POST", "/api/plans/brindle-np/versions/1/publish", null));
        created(officer("POST", "/api/plans/brindle-np/consultations",
                consultation(1, "pre-submission", today.minusDays(60), today.minusDays(18))));
        HttpResponse<String> late = problem(resident("POST", "/api/plans/brindle-np/comments", "{\"text\":\"Too late?\",\"language\":\"en\"}"));
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("closed on " + today.minusDays(18)), late.body());
        assertFalse(folkmoot.get("/plans/brindle-np").body().contains("id=\"comment-form\""), "no form on a closed consultation");
    }

    @Test
    @Order(3)
    void aScottishLocalityPlanToItsFirstAnnualReportWithItsReminderPlanned() throws Exception {
        // adopted on the first day of the current reporting year (CE(S)A 2015 s.8(3): from 1 April)
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        LocalDate due = yearStart.plusYears(1).minusDays(1).plusMonths(6);
        created(officer("POST", "/api/plans", "{\"id\":\"kirkstyle\",\"type\":\"locality-plan\",\"titleEn\":\"Kirkstyle Locality Plan\","
                + "\"started\":\"" + yearStart.minusMonths(3) + "\",\"area\":{\"kind\":\"DATA_ZONE\",\"codes\":[\"S01008001\"],\"name\":\"Kirkstyle\"}}"));
        ok(as(editor, "PUT", "/api/plans/kirkstyle/draft", draft("A thriving Kirkstyle.")));
        ok(as(editor, "POST", "/api/plans/kirkstyle/versions/1/publish", null));
        assertEquals(422, problem(officer("POST", "/api/plans/kirkstyle/adoption", "{\"version\":1,\"on\":\"" + today.plusDays(1)
                + "\",\"decision\":\"x\"}")).statusCode(), "not in the future");
        ok(officer("POST", "/api/plans/kirkstyle/adoption", "{\"version\":1,\"on\":\"" + yearStart
                + "\",\"decision\":\"Community planning board, item 5\"}"));
        ok(officer("POST", "/api/plans/kirkstyle/actions/green-spaces/progress",
                "{\"status\":\"on-track\",\"note\":\"Survey done\",\"on\":\"" + today + "\",\"values\":{\"hectares\":3.2}}"));
        JsonNode plan = json(officer("GET", "/api/plans/kirkstyle", null));
        assertEquals(due.toString(), plan.get("nextReport").get("dueBy").asText(), plan.toString());

        HttpResponse<String> report = ok(folkmoot.get("/plans/kirkstyle/reports/1"));
        assertTrue(report.body().contains("CE(S)A 2015 s.12"), report.body());
        assertTrue(report.body().contains("datetime=\"" + yearStart + "\"") && report.body().contains("datetime=\"" + due + "\""));
        assertTrue(report.body().contains("baseline 2.5, latest 3.2, target 6"), report.body());

        // the reminder, 28 days before the report is due, at 09:00 UK time, in the platform's jobs
        HttpResponse<String> jobs = officer("GET", "/api/jobs/plans.report-reminder", null);
        assertEquals(200, jobs.statusCode(), jobs.body());
        assertTrue(jobs.body().contains("kirkstyle/1/" + due), jobs.body());
        assertTrue(jobs.body().contains(due.minusDays(28).atTime(9, 0).atZone(UK).toInstant().toString()), jobs.body());
    }

    @Test
    @Order(4)
    void aWelshWellBeingPlanReadsInWelsh() throws Exception {
        created(officer("POST", "/api/plans", "{\"id\":\"gwynedd-lles\",\"type\":\"well-being-plan\",\"titleEn\":\"Gwynedd Well-being Plan\","
                + "\"titleCy\":\"Cynllun Llesiant Gwynedd\",\"welshFirst\":true,\"area\":{\"kind\":\"GSS\",\"codes\":[\"W06000002\"],\"name\":\"Gwynedd\"}}"));
        ok(as(editor, "PUT", "/api/plans/gwynedd-lles/draft", draft("Communities that are healthy and connected.")));
        ok(as(editor, "POST", "/api/plans/gwynedd-lles/versions/1/publish", null));
        HttpResponse<String> short12 = problem(officer("POST", "/api/plans/gwynedd-lles/consultations",
                consultation(1, "consultation", today, today.plusWeeks(12).minusDays(1))));
        assertTrue(short12.body().contains("s.43(3)") && short12.body().contains("12 weeks"), short12.body());
        created(officer("POST", "/api/plans/gwynedd-lles/consultations", consultation(1, "consultation", today, today.plusWeeks(12))));
        assertEquals(201, resident("POST", "/api/plans/gwynedd-lles/comments",
                "{\"text\":\"Mae angen mwy o fysiau.\",\"section\":\"vision\",\"language\":\"cy\"}").statusCode());

        Messages messages = Messages.ofInstallation(folkmoot.home());
        List<String> problems = new ArrayList<>();
        WebDriver browser = Chromium.start(true);
        try {
            for (String page : List.of("/plans/gwynedd-lles?lang=cy", "/plans/gwynedd-lles/consultations/1/statement?lang=cy",
                    "/plans?lang=cy", "/plans/rules?lang=cy")) {
                browser.get(folkmoot.uri(page).toString());
                PageChecks.englishOnWelshPage(browser, messages).forEach(e -> problems.add(page + ": " + e));
                PageChecks.accessibility(browser).forEach(v -> problems.add(page + ": " + v));
            }
            browser.get(folkmoot.uri("/plans/gwynedd-lles?lang=cy").toString());
            String title = browser.getTitle();
            assertTrue(title.startsWith("Cynllun Llesiant Gwynedd"), title);
        } finally {
            browser.quit();
        }
        assertEquals("", String.join("\n", problems));
        String html = folkmoot.get("/plans/gwynedd-lles?lang=cy").body();
        assertTrue(html.indexOf("one-half\" lang=\"cy\"") < html.indexOf("one-half\" lang=\"en\""), "Welsh first");
    }

    @Test
    @Order(5)
    void aCommunityCouncilImportsItsDraftAndWritesItsActionsOnThePagesInWelshAndEnglish() throws Exception {
        created(officer("POST", "/api/plans", "{\"id\":\"llanfair-place\",\"type\":\"place-plan\",\"titleEn\":\"Llanfair Place Plan\","
                + "\"titleCy\":\"Cynllun Creu Lle Llanfair\",\"welshFirst\":true,\"organisation\":\"Cyngor Cymuned Llanfair\"}"));
        Path pdf = folkmoot.home().resolve("cynllun.pdf");
        Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        Path markdown = folkmoot.home().resolve("cynllun-drafft.md");
        Files.writeString(markdown, "# Ein gweledigaeth\n\nPentref gwyrdd a chroesawgar.\n\n# Mannau chwarae\n\nCae chwarae newydd i'r plant.\n");

        Messages messages = Messages.ofInstallation(folkmoot.home());
        List<String> problems = new ArrayList<>();
        WebDriver browser = Chromium.start(true);
        try {
            Chromium.signIn(browser, folkmoot.uri("/login"), "plans-it-officer", PASSWORD);
            // the officers' page links to the import page; a PDF is refused beside the file field, in Welsh
            browser.get(folkmoot.uri("/plans/llanfair-place/manage?lang=cy").toString());
            browser.findElement(By.id("import-draft")).click();
            waitFor(browser, "/draft/import");
            check(browser, messages, problems, "import page, Welsh");
            browser.findElement(By.id("document")).sendKeys(pdf.toString());
            browser.findElement(By.id("import")).click();
            Awaitility.await("the refusal").atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(By.id("document-error")).isEmpty());
            assertTrue(browser.findElement(By.id("document-error")).getText().contains("Markdown (.md)"),
                    browser.findElement(By.id("document-error")).getText());
            check(browser, messages, problems, "import refused, Welsh");
            // the Markdown draft: imported and shown for review, Welsh first
            browser.findElement(By.id("document")).sendKeys(markdown.toString());
            browser.findElement(By.id("import")).click();
            waitFor(browser, "imported=1");
            assertTrue(browser.findElement(By.id("review")).getText().contains("Cae chwarae newydd i'r plant."));
            check(browser, messages, problems, "import review, Welsh");

            // an action written on the section editor: a bad LSOA code and an end before the start come back beside their fields
            browser.get(folkmoot.uri("/plans/llanfair-place/sections/add?lang=cy").toString());
            assertTrue(browser.getPageSource().indexOf("id=\"column-cy\"") < browser.getPageSource().indexOf("id=\"column-en\""));
            type(browser, "key", "cae-chwarae");
            browser.findElement(By.cssSelector("input[name=kind][value=ACTION]")).click();
            type(browser, "headingCy", "Cae chwarae newydd");
            type(browser, "headingEn", "A new playing field");
            type(browser, "bodyCy", "Prynu'r tir ger yr ysgol.");
            type(browser, "lead", "Cyngor Cymuned Llanfair");
            type(browser, "partners", "Cyfeillion y Cae\nYr ysgol gynradd");
            date(browser, "starts", today.plusMonths(1));
            date(browser, "ends", today);
            browser.findElement(By.cssSelector("input[name=areaKind][value=LSOA]")).click();
            type(browser, "areaCodes", "W01000001, W010");
            type(browser, "indicator-1-key", "hectares");
            type(browser, "indicator-1-nameCy", "Tir chwarae");
            type(browser, "indicator-1-nameEn", "Play land");
            type(browser, "indicator-1-unit", "ha");
            type(browser, "indicator-1-baseline", "0");
            type(browser, "indicator-1-target", "1.5");
            browser.findElement(By.id("save")).click();
            Awaitility.await("the refusal").atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(By.id("areaCodes-error")).isEmpty());
            assertTrue(browser.findElement(By.id("areaCodes-error")).getText().contains("W010"));
            assertFalse(browser.findElements(By.id("ends-error")).isEmpty(), "the end before the start, beside its date");
            check(browser, messages, problems, "section refused, Welsh");
            type(browser, "areaCodes", "W01000001, W01000002");
            date(browser, "ends", today.plusYears(1));
            browser.findElement(By.id("save")).click();
            waitFor(browser, "saved=section");
            assertTrue(browser.findElement(By.id("sections")).getText().contains("cae-chwarae"));
            check(browser, messages, problems, "officers' page, Welsh");

            // the same action in English, as saved
            browser.get(folkmoot.uri("/plans/llanfair-place/sections/cae-chwarae?lang=en").toString());
            assertEquals("W01000001, W01000002", browser.findElement(By.id("areaCodes")).getAttribute("value"));
            assertEquals("1.5", browser.findElement(By.id("indicator-1-target")).getAttribute("value"));
            check(browser, messages, problems, "section editor, English");

            // published and adopted; progress through the year on the action's page, with its indicator's value
            ok(officer("POST", "/api/plans/llanfair-place/versions/1/publish", null));
            ok(officer("POST", "/api/plans/llanfair-place/adoption", "{\"version\":1,\"on\":\"" + today
                    + "\",\"decision\":\"Cyngor Sir, eitem 7\"}"));
            browser.get(folkmoot.uri("/plans/llanfair-place/actions/cae-chwarae/progress?lang=en").toString());
            browser.findElement(By.cssSelector("input[name=status][value=ON_TRACK]")).click();
            date(browser, "on", today);
            type(browser, "note", "Land valued");
            type(browser, "value-hectares", "0.4");
            browser.findElement(By.id("record")).click();
            waitFor(browser, "saved=1");
            assertTrue(browser.findElement(By.id("updates")).getText().contains("hectares: 0.4"), browser.findElement(By.id("updates")).getText());
            check(browser, messages, problems, "action progress, English");
            browser.get(folkmoot.uri("/plans/llanfair-place/actions/cae-chwarae/progress?lang=cy").toString());
            check(browser, messages, problems, "action progress, Welsh");
        } finally {
            browser.quit();
        }
        assertEquals("", String.join("\n", problems));
        JsonNode plan = json(officer("GET", "/api/plans/llanfair-place", null));
        assertEquals(1, plan.get("versions").size(), plan.toString());
    }

    private static void check(WebDriver browser, Messages messages, List<String> problems, String what) {
        if (browser.getCurrentUrl().contains("lang=cy") || "cy".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            PageChecks.englishOnWelshPage(browser, messages).forEach(e -> problems.add(what + ": " + e));
        }
        PageChecks.accessibility(browser).forEach(v -> problems.add(what + ": " + v));
    }

    private static void waitFor(WebDriver browser, String inAddress) {
        Awaitility.await("a page at " + inAddress).atMost(Duration.ofSeconds(15)).until(() -> browser.getCurrentUrl().contains(inAddress));
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void date(WebDriver browser, String name, LocalDate day) {
        for (String[] part : new String[][] {{"day", String.valueOf(day.getDayOfMonth())}, {"month", String.valueOf(day.getMonthValue())},
                {"year", String.valueOf(day.getYear())}}) {
            WebElement field = browser.findElement(By.name(name + "-" + part[0]));
            field.clear();
            field.sendKeys(part[1]);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String draft(String vision) {
        return "{\"sections\":["
                + "{\"key\":\"vision\",\"kind\":\"VISION\",\"heading\":{\"en\":\"Our vision\",\"cy\":\"Ein gweledigaeth\"},"
                + "\"body\":{\"en\":\"" + vision + "\\n\\nA second paragraph.\",\"cy\":\"Cymuned werdd.\\n\\nAil baragraff.\"}},"
                + "{\"key\":\"green-spaces\",\"kind\":\"ACTION\",\"heading\":{\"en\":\"Protect green spaces\",\"cy\":\"Gwarchod mannau gwyrdd\"},"
                + "\"body\":{\"en\":\"Designate the playing field.\",\"cy\":\"Dynodi'r cae chwarae.\"},"
                + "\"action\":{\"lead\":\"The council\",\"partners\":[\"Friends of the field\"],\"indicators\":[{\"key\":\"hectares\","
                + "\"name\":{\"en\":\"Green space protected\",\"cy\":\"Mannau gwyrdd a warchodir\"},\"unit\":\"ha\",\"baseline\":2.5,\"target\":6}],"
                + "\"area\":{\"kind\":\"LOCALITY\",\"name\":\"The playing field\"}}}]}";
    }

    private static String consultation(int version, String stage, LocalDate opens, LocalDate closes) {
        return "{\"version\":" + version + ",\"stage\":\"" + stage + "\",\"opens\":\"" + opens + "\",\"closes\":\"" + closes
                + "\",\"howPublicised\":\"Leaflets and the parish website\"}";
    }

    private void account(String id, String role) throws Exception {
        String roles = role == null ? "[\"resident\"]" : "[\"" + role + "\"]";
        String modules = role == null ? "[]" : "[\"plans\"]";
        HttpResponse<String> r = send("POST", "/api/accounts", "application/json", "{\"id\":\"" + id + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":" + roles + ",\"modules\":" + modules + "}", "Authorization", "Bearer " + ADMIN);
        assertEquals(201, r.statusCode(), r.body());
    }

    private Session login(String id) throws Exception {
        HttpResponse<String> r = send("POST", "/api/auth/login", "application/json",
                "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return new Session(cookie.substring(0, cookie.indexOf(';')), json(r).get("csrfToken").asText());
    }

    private String token(Session s) throws Exception {
        HttpResponse<String> t = send("POST", "/api/auth/tokens", "application/json", "{\"label\":\"plans-it\"}",
                "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertEquals(200, t.statusCode(), t.body());
        return json(t).get("token").asText();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return folkmoot.send(b, headers);
    }

    private HttpResponse<String> as(String token, String method, String path, String jsonBody) {
        return send(method, path, jsonBody == null ? null : "application/json", jsonBody, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> officer(String method, String path, String jsonBody) {
        return as(officer, method, path, jsonBody);
    }

    private HttpResponse<String> resident(String method, String path, String jsonBody) {
        return send(method, path, "application/json", jsonBody, "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf());
    }

    private HttpResponse<String> form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send("POST", path, "application/x-www-form-urlencoded", body.toString(), "Cookie", resident.cookie());
    }

    private static HttpResponse<String> created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.request().uri() + ": " + r.body());
        return r;
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
