package org.folkmoot.distribution;

import static org.folkmoot.distribution.Answers.problem;
import static org.folkmoot.distribution.Answers.successful;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Citizens' assemblies part 2 through the assembled runtime with the demo: an assembly from its
 * recommendations to a tracked implementation over real HTTP (threshold at exactly 75%, a vote
 * entered twice, a tally larger than the membership, a bad date, unknown ids, a response after the
 * record is closed), the open data, and the demo's finished assembly in a real headless Chromium
 * in English and Welsh (axe-core, no English on the Welsh pages, a wrong code refused beside its
 * field). The rule's edges, the overdue e-mail on a test clock and the open data field by field
 * are tested in the bundle ({@code RecommendationsTest}, {@code OpenDataTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssemblyRecommendationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "recommendations-it-admin-" + UUID.randomUUID();
    private static final String PASSWORD = "a long password for the recommendations test";
    private static final String OFFICER = "it-recommendations-officer";
    private static final String DEMO = "blaenau-gwent-climate";
    private static final String ID = "kendal-jury";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private FolkmootProcess folkmoot;
    private String officer;

    @BeforeAll
    void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", ADMIN), "--demo");
        folkmoot.await("/api/assemblies/" + DEMO + "/recommendations/tracker",
                r -> r.statusCode() == 200 && r.body().contains("\"overdue\":1"), Duration.ofSeconds(120));
        // the demo's sessions, evidence, submissions and comments come after its recommendations, on a thread of their own;
        // the resident's comment on the council's response is the last thing it writes
        folkmoot.await("/assemblies/" + DEMO + "/recommendations/1/comments",
                r -> r.statusCode() == 200 && r.body().contains("yn Nhredegar?"), Duration.ofSeconds(60));
        officer = token(OFFICER, "assemblies.officer");
    }

    @AfterAll
    void stop() throws Exception {
        if (folkmoot != null) {
            folkmoot.close();
        }
    }

    @Test
    void fromRecommendationsToATrackedImplementationOverHttp() throws Exception {
        successful(officer("POST", "/api/assemblies", commission()));
        JsonNode settings = json(successful(officer("PUT", "/api/assemblies/" + ID + "/recommendations/settings",
                "{\"threshold\":\"75\",\"abstentions\":\"COUNTED\"}")));
        assertEquals("A recommendation passes with at least 75% of votes cast in support. Abstentions count as votes cast.",
                settings.get("rule").get("en").asText());
        String wording = "{\"titleEn\":\"Walking routes\",\"titleCy\":\"Llwybrau cerdded\",\"textEn\":\"Make %s safe to walk.\","
                + "\"textCy\":\"Gwneud %s yn ddiogel i gerdded.\",\"changedBy\":\"table 2\",\"note\":\"\"}";
        assertEquals(401, send("POST", "/api/assemblies/" + ID + "/recommendations", String.format(wording, "x", "x")).statusCode());
        assertEquals(201, officer("POST", "/api/assemblies/" + ID + "/recommendations",
                String.format(wording, "the town centre", "canol y dref")).statusCode());
        assertEquals(201, officer("POST", "/api/assemblies/" + ID + "/recommendations/1/versions",
                String.format(wording, "every route to school", "pob llwybr i’r ysgol")).statusCode());
        JsonNode diff = json(successful(folkmoot.get("/api/assemblies/" + ID + "/recommendations/1/compare?from=1&to=2")));
        assertTrue(diff.toString().contains("{\"change\":\"REMOVED\",\"text\":\"town\"}") && diff.toString().contains("{\"change\":\"ADDED\",\"text\":\"school \"}"), diff.toString());
        successful(officer("POST", "/api/assemblies/" + ID + "/recommendations", String.format(wording, "the park", "y parc")));

        String vote = "{\"inFavour\":%d,\"against\":%d,\"abstain\":%d,\"heldOn\":\"" + TODAY + "\"}";
        JsonNode passed = json(successful(officer("POST", "/api/assemblies/" + ID + "/recommendations/1/vote", String.format(vote, 15, 4, 1))));
        assertEquals("pass", passed.get("result").asText(), "15 of 20 is exactly 75%");
        assertEquals(0, passed.get("margin").asInt());
        HttpResponse<String> twice = problem(officer("POST", "/api/assemblies/" + ID + "/recommendations/1/vote",
                String.format(vote, 16, 4, 0)));
        assertEquals(409, twice.statusCode());
        assertTrue(json(twice).get("detail").asText().contains("already been voted on"), twice.body());
        HttpResponse<String> tooMany = problem(officer("POST", "/api/assemblies/" + ID + "/recommendations/2/vote",
                String.format(vote, 18, 2, 1)));
        assertEquals(422, tooMany.statusCode());
        assertTrue(json(tooMany).get("detail").asText().contains("more than the 20 members"), tooMany.body());
        assertEquals(400, problem(officer("POST", "/api/assemblies/" + ID + "/recommendations/2/vote",
                "{\"inFavour\":1,\"against\":1,\"abstain\":1,\"heldOn\":\"2027-02-30\"}")).statusCode(), "not a date");
        assertEquals(404, problem(officer("POST", "/api/assemblies/" + ID + "/recommendations/9/vote",
                String.format(vote, 1, 1, 1))).statusCode());
        assertEquals(404, problem(folkmoot.get("/api/assemblies/no-such-assembly/recommendations")).statusCode());
        JsonNode failed = json(successful(officer("POST", "/api/assemblies/" + ID + "/recommendations/2/vote", String.format(vote, 14, 5, 1))));
        assertEquals("fail", failed.get("result").asText());

        String answer = "{\"decision\":\"ACCEPTED\",\"reasonsEn\":\"Funded.\",\"reasonsCy\":\"Wedi’i ariannu.\",\"service\":\"Highways\","
                + "\"respondedOn\":\"" + TODAY + "\"}";
        assertEquals(409, problem(officer("PUT", "/api/assemblies/" + ID + "/recommendations/2/response", answer)).statusCode(),
                "no response to a recommendation that failed");
        successful(officer("PUT", "/api/assemblies/" + ID + "/recommendations/1/response", answer));
        String action = json(successful(officer("POST", "/api/assemblies/" + ID + "/recommendations/1/actions",
                "{\"titleEn\":\"Crossings\",\"titleCy\":\"Croesfannau\",\"service\":\"Highways\"}"))).get("id").asText();
        successful(officer("POST", "/api/assemblies/" + ID + "/recommendations/actions/" + action + "/updates", "{\"onDate\":\"" + TODAY
                + "\",\"status\":\"IN_PROGRESS\",\"progress\":30,\"noteEn\":\"Designed.\",\"noteCy\":\"Wedi’u dylunio.\"}"));

        JsonNode tracker = json(successful(folkmoot.get("/api/assemblies/" + ID + "/recommendations/tracker")));
        assertEquals("1 of 1 recommendation accepted; 1 in progress, 0 done", tracker.get("rollUp").get("summary").get("en").asText());
        assertEquals("Derbyniwyd 1 o 1 argymhelliad; 1 ar y gweill, 0 wedi’u cwblhau",
                tracker.get("rollUp").get("summary").get("cy").asText());
        assertEquals(TODAY.plusMonths(3).toString(), tracker.get("reports").get(0).get("dueOn").asText(), "three months on");
        String page = folkmoot.get("/assemblies/" + ID + "/recommendations?lang=cy").body();
        assertTrue(page.contains("Wedi’i ariannu.") && page.contains("Croesfannau"), "the answer and the action beside it, in Welsh");

        JsonNode open = json(successful(folkmoot.get("/api/assemblies/" + ID + "/open-data")));
        assertEquals("[{\"option\":\"yes\",\"value\":15},{\"option\":\"no\",\"value\":4},{\"option\":\"abstain\",\"value\":1},"
                + "{\"option\":\"absent\",\"value\":0}]", open.get("vote_events").get(0).get("counts").toString());
        HttpResponse<String> csv = successful(folkmoot.get("/api/assemblies/" + ID + "/open-data/recommendations.csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains(",pass,0,accepted,"), csv.body());

        assertEquals(204, officer("POST", "/api/assemblies/" + ID + "/recommendations/close", null).statusCode());
        HttpResponse<String> afterClose = problem(officer("PUT", "/api/assemblies/" + ID + "/recommendations/1/response", answer));
        assertEquals(409, afterClose.statusCode(), "a response after the assembly is closed");
        assertTrue(json(afterClose).get("detail").asText().contains("closed"), afterClose.body());
    }

    @Test
    void theDemosFinishedAssemblyInABrowserInEnglishAndWelsh() throws Exception {
        JsonNode demo = json(successful(folkmoot.get("/api/assemblies/" + DEMO + "/recommendations/tracker")));
        assertEquals("3 of 5 recommendations accepted; 1 in progress, 1 done", demo.get("rollUp").get("summary").get("en").asText());
        String open = folkmoot.get("/api/assemblies/" + DEMO + "/open-data").body()
                + folkmoot.get("/api/assemblies/" + DEMO + "/open-data/recommendations.csv").body();
        // the sessions, evidence and submissions files, by the links on the public page
        String publicPage = folkmoot.get("/assemblies/" + DEMO + "/recommendations").body();
        for (String file : List.of("sessions", "evidence", "submissions")) {
            String href = "/api/assemblies/" + DEMO + "/open-data/" + file + ".csv";
            assertTrue(publicPage.contains("href=\"" + href + "\""), file + ".csv linked on the public page");
            HttpResponse<String> csv = successful(folkmoot.get(href));
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), href);
            open += csv.body();
        }
        assertTrue(open.contains("\uFEFFsession,date,published,starts_at,ends_at,title_en"), open);
        assertTrue(open.contains("\uFEFFevidence,session_date,speaker,organisation,declared_interests"), open);
        assertTrue(open.contains("\uFEFFfrom,organisation,language,passed_on\r\norganisation,"), "the demo organisation's submission, passed");
        assertFalse(open.contains("P-DEMO"), "no member in the open data");
        assertFalse(open.contains("demo-officer") || open.contains("demo-facilitator") || open.contains("demo-organisation")
                || open.contains("demo-resident"), "no account of an officer, facilitator or submitter in the open data");
        String submissions = successful(folkmoot.get("/api/assemblies/" + DEMO + "/evidence/submissions")).body();
        assertTrue(submissions.contains("\"passed\":{\"on\":"), submissions);
        assertFalse(submissions.contains("demo-officer"), "not who passed it");
        assertFalse(successful(folkmoot.get("/api/assemblies/" + DEMO + "/recommendations")).body().contains("demo-facilitator"),
                "not the facilitator's account as a version's author");

        Messages messages = Messages.ofInstallation(folkmoot.home());
        List<String> problems = new ArrayList<>();
        WebDriver browser = Chromium.start(true);
        try {
            for (String path : List.of("/assemblies/" + DEMO + "/recommendations", "/assemblies/tracker",
                    "/assemblies/" + DEMO + "/recommendations/1/versions", "/assemblies/" + DEMO + "/recommendations/vote",
                    "/assemblies/" + DEMO)) {
                check(browser, path, messages, problems);
            }
            browser.get(folkmoot.uri("/assemblies/" + DEMO + "/recommendations?lang=cy").toString());
            assertTrue(browser.findElement(By.id("roll-up")).getText().startsWith("Derbyniwyd 3 o 5 argymhelliad"));
            assertTrue(browser.findElement(By.id("response-6")).getText().contains("Ymateb yn hwyr"), "the overdue response");

            // a wrong code, refused beside its field in Welsh
            browser.get(folkmoot.uri("/assemblies/" + DEMO + "/recommendations/vote?lang=cy").toString());
            browser.findElement(By.id("code")).sendKeys("AAAAA-AAAAA");
            Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form button")));
            assertTrue(browser.findElement(By.id("code-error")).getText().contains("Nid yw’r cod hwn yn gywir"));
            problems.addAll(PageChecks.accessibility(browser));

            Chromium.signIn(browser, folkmoot.uri("/login"), OFFICER, PASSWORD);
            check(browser, "/assemblies/" + DEMO + "/recommendations/officers", messages, problems);
            browser.get(folkmoot.uri("/assemblies/" + DEMO + "/recommendations/officers").toString());
            assertTrue(browser.findElement(By.id("overdue-warning")).getText().contains("1 response is overdue"),
                    "flagged on the officers' page");
        } finally {
            browser.quit();
        }
        assertEquals("", String.join("\n", problems));
    }

    private void check(WebDriver browser, String path, Messages messages, List<String> problems) {
        browser.get(folkmoot.uri(path + (path.contains("?") ? "&" : "?") + "lang=en").toString());
        problems.addAll(PageChecks.accessibility(browser));
        browser.get(folkmoot.uri(path + (path.contains("?") ? "&" : "?") + "lang=cy").toString());
        problems.addAll(PageChecks.accessibility(browser));
        problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
    }

    private String commission() throws Exception {
        return JSON.writeValueAsString(Map.ofEntries(Map.entry("id", ID),
                Map.entry("questionEn", "What should Kendal do about the climate emergency?"),
                Map.entry("questionCy", "Beth ddylai Kendal ei wneud am yr argyfwng hinsawdd?"),
                Map.entry("remitEn", "Recommend what the town should do."), Map.entry("remitCy", "Argymell beth ddylai’r dref ei wneud."),
                Map.entry("outOfScopeEn", ""), Map.entry("outOfScopeCy", ""),
                Map.entry("commissionedBy", "Kendal Town Council"), Map.entry("funder", ""), Map.entry("oversight", List.of()),
                Map.entry("timeline", List.of()), Map.entry("sessions", List.of(TODAY.toString())),
                Map.entry("questions", List.of(Map.of("category", "gender", "en", "Your gender", "cy", "Eich rhywedd",
                        "fromDateOfBirth", false, "answers", List.of(Map.of("value", "female", "en", "Female", "cy", "Benyw"),
                                Map.of("value", "male", "en", "Male", "cy", "Gwryw"))))),
                Map.entry("announcedOn", TODAY.toString()), Map.entry("responseDue", TODAY.plusDays(90).toString()),
                Map.entry("panelSize", 20), Map.entry("retentionUntil", TODAY.plusDays(365).toString())));
    }

    private String token(String id, String role) throws Exception {
        successful(send("POST", "/api/accounts", "{\"id\":\"" + id + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}",
                "Authorization", "Bearer " + ADMIN));
        HttpResponse<String> login = successful(send("POST", "/api/auth/login", "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}"));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return json(successful(send("POST", "/api/auth/tokens", "{\"label\":\"it\"}", "Cookie", cookie.substring(0, cookie.indexOf(';')),
                "X-CSRF-Token", json(login).get("csrfToken").asText()))).get("token").asText();
    }

    private HttpResponse<String> officer(String method, String path, String body) {
        return send(method, path, body, "Authorization", "Bearer " + officer);
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return folkmoot.send(b, headers);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
