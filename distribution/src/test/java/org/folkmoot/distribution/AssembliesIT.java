package org.folkmoot.distribution;

import static org.folkmoot.distribution.Answers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.folkmoot.testkit.Chromium;
import org.folkmoot.testkit.Messages;
import org.folkmoot.testkit.PageChecks;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole recruitment of a citizens' assembly in the assembled runtime, over HTTP, in English and
 * Welsh: the commission published, the seed fixed, the civic lottery drawn from an address file
 * (and recomputed here from the stated procedure), letters, households registering on the public
 * form and through the API, bad input refused, targets, selection as a background job, its
 * published files, confirmation calls and a replacement, members' payments; personal data absent
 * from every public page, export and search, and erased on request. One runtime; methods in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssembliesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "assemblies-it-admin-" + UUID.randomUUID();
    private static final String PASSWORD = "a long password for the assemblies test";
    private static final String ID = "it-net-zero";
    private static final String SEED = "Announced at full council, " + UUID.randomUUID();
    private static final int HOUSEHOLDS = 400;
    private static final int LETTERS = 60;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String BROWSER_ID = "it-cycle-routes";
    private static final String BROWSER_SEED = "Read out at the cabinet meeting, " + UUID.randomUUID();

    private FolkmootProcess folkmoot;
    private String officer;
    private String caller;
    private final Map<String, String> uprnByCode = new LinkedHashMap<>();
    /** Every name and email registered: none may appear on a public page or in an export. */
    private final List<String> personal = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", ADMIN));
        folkmoot.await("/api/assemblies", r -> r.statusCode() == 200, Duration.ofSeconds(60));
        officer = token("it-assembly-officer", "assemblies.officer");
        caller = token("it-caller", "assemblies.caller");
    }

    @AfterAll
    void stop() throws Exception {
        if (folkmoot != null) {
            folkmoot.close();
        }
    }

    private String token(String id, String role) throws Exception {
        HttpResponse<String> made = send("POST", "/api/accounts", "application/json", "{\"id\":\"" + id + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"]}", "Authorization", "Bearer " + ADMIN);
        assertEquals(201, made.statusCode(), made.body());
        HttpResponse<String> login = send("POST", "/api/auth/login", "application/json",
                "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> token = send("POST", "/api/auth/tokens", "application/json", "{\"label\":\"it\"}",
                "Cookie", cookie.substring(0, cookie.indexOf(';')), "X-CSRF-Token", json(login).get("csrfToken").asText());
        assertEquals(200, token.statusCode(), token.body());
        return json(token).get("token").asText();
    }

    @Test
    @Order(1)
    void theCommissionIsPublicFromTheDayItIsAnnounced() throws Exception {
        String commission = JSON.writeValueAsString(Map.ofEntries(Map.entry("id", ID),
                Map.entry("questionEn", "How should Trafford reach net zero by 2038?"),
                Map.entry("questionCy", "Sut dylai Trafford gyrraedd sero net erbyn 2038?"),
                Map.entry("remitEn", "Recommend what the council and residents should do."),
                Map.entry("remitCy", "Argymell beth ddylai'r cyngor a thrigolion ei wneud."),
                Map.entry("outOfScopeEn", "National energy policy."), Map.entry("outOfScopeCy", "Polisi ynni cenedlaethol."),
                Map.entry("commissionedBy", "Trafford Council Executive"), Map.entry("funder", "Climate Fund"),
                Map.entry("oversight", List.of(Map.of("name", "Dr Ann Example", "role", "Chair"))),
                Map.entry("timeline", List.of(Map.of("date", TODAY.plusDays(5).toString(), "en", "Letters sent", "cy", "Anfon llythyrau"))),
                Map.entry("sessions", List.of(TODAY.plusDays(30).toString(), TODAY.plusDays(37).toString())),
                Map.entry("questions", List.of(
                        Map.of("category", "gender", "en", "Your gender", "cy", "Eich rhywedd", "fromDateOfBirth", false,
                                "answers", List.of(Map.of("value", "female", "en", "Female", "cy", "Benyw"),
                                        Map.of("value", "male", "en", "Male", "cy", "Gwryw"))),
                        Map.of("category", "age", "en", "Age", "cy", "Oedran", "fromDateOfBirth", true,
                                "answers", List.of(Map.of("value", "16-44", "en", "16 to 44", "cy", "16 i 44", "fromAge", 16, "toAge", 44),
                                        Map.of("value", "45+", "en", "45 or over", "cy", "45 neu hŷn", "fromAge", 45))))),
                Map.entry("announcedOn", TODAY.toString()), Map.entry("responseDue", TODAY.plusDays(120).toString()),
                Map.entry("panelSize", 6), Map.entry("retentionUntil", TODAY.plusDays(365).toString())));
        assertEquals(401, send("POST", "/api/assemblies", "application/json", commission).statusCode(), "officers only");
        HttpResponse<String> made = officer("POST", "/api/assemblies", commission);
        assertEquals(201, made.statusCode(), made.body());

        HttpResponse<String> bad = problem(officer("POST", "/api/assemblies", commission.replace("\"panelSize\":6", "\"panelSize\":0")
                .replace(ID, "another-one")));
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(json(bad).get("detail").asText().contains("panel size"), bad.body());
        assertEquals(404, folkmoot.get("/api/assemblies/another-one").statusCode(), "nothing half-written");

        String en = page("/assemblies/" + ID);
        assertTrue(en.contains("How should Trafford reach net zero by 2038?") && en.contains("Dr Ann Example")
                && en.contains("National energy policy."), en);
        String cy = page("/assemblies/" + ID + "?lang=cy");
        assertTrue(cy.contains("Sut dylai Trafford gyrraedd sero net erbyn 2038?") && cy.contains("Polisi ynni cenedlaethol.")
                && cy.contains("Y loteri ddinesig"), cy);
    }

    @Test
    @Order(2)
    void theLotteryIsDrawnWithThePublicSeedAndAnyoneCanRecomputeIt() throws Exception {
        StringBuilder file = new StringBuilder("UPRN,Address Line 1,Town,Postcode,ward\n");
        for (int i = 1; i <= HOUSEHOLDS; i++) {
            file.append(100_050_000_000L + i * 7).append(',').append(i).append(" Example Road,Sale,M33 ").append(1 + i % 9)
                    .append("AB,").append(i % 2 == 0 ? "Sale Central" : "Ashton upon Mersey").append('\n');
        }
        file.append(",No UPRN Road,Sale,M33 2AB,Sale Central\n");
        HttpResponse<String> early = problem(send("POST", "/api/assemblies/" + ID + "/lottery?letters=" + LETTERS, "text/csv",
                file.toString(), "Authorization", "Bearer " + officer));
        assertEquals(409, early.statusCode(), "the seed first: " + early.body());
        assertEquals(200, officer("PUT", "/api/assemblies/" + ID + "/seed", "{\"seed\":\"" + SEED + "\"}").statusCode());
        assertEquals(409, problem(officer("PUT", "/api/assemblies/" + ID + "/seed", "{\"seed\":\"better\"}")).statusCode());

        HttpResponse<String> drawn = send("POST", "/api/assemblies/" + ID + "/lottery?letters=" + LETTERS, "text/csv", file.toString(),
                "Authorization", "Bearer " + officer);
        assertEquals(200, drawn.statusCode(), drawn.body());
        assertEquals(LETTERS, json(drawn).get("lottery").get("letters").asInt());
        assertTrue(json(drawn).get("problems").toString().contains("\"line\":" + (HOUSEHOLDS + 2)), "the row without a UPRN: " + drawn.body());

        // The stated procedure: key = hex SHA-256 of seed + "\n" + UPRN; the smallest keys are drawn.
        TreeMap<String, String> byKey = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 1; i <= HOUSEHOLDS; i++) {
            String uprn = Long.toString(100_050_000_000L + i * 7);
            byKey.put(HexFormat.of().formatHex(sha.digest((SEED + "\n" + uprn).getBytes(StandardCharsets.UTF_8))), uprn);
        }
        Set<String> expected = byKey.values().stream().limit(LETTERS).collect(Collectors.toSet());
        JsonNode households = json(officer("GET", "/api/assemblies/" + ID + "/households", null));
        Set<String> got = new java.util.HashSet<>();
        households.forEach(h -> {
            got.add(h.get("uprn").asText());
            uprnByCode.put(h.get("code").asText(), h.get("uprn").asText());
        });
        assertEquals(expected, got);
        assertEquals(403, send("GET", "/api/assemblies/" + ID + "/households", null, null, "Authorization", "Bearer " + caller)
                .statusCode());

        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(folkmoot.uri("/api/assemblies/" + ID
                + "/letters.pdf?language=both")).header("Authorization", "Bearer " + officer).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        String csv = officer("GET", "/api/assemblies/" + ID + "/letters.csv", null).body();
        String first = uprnByCode.keySet().iterator().next();
        String printed = first.substring(0, 5) + "-" + first.substring(5);
        assertTrue(csv.contains(printed + ",") && csv.contains("/assemblies/" + ID + "/register?code=" + printed), csv);
        assertTrue(page("/assemblies/" + ID).contains(LETTERS + " letters were sent."));
    }

    @Test
    @Order(3)
    void householdsRegisterOnTheFormAndThroughTheApiAndBadInputIsRefused() throws Exception {
        List<String> codes = new ArrayList<>(uprnByCode.keySet());
        // The public form, in Welsh, with a date of birth in the future: the form again with the error beside it.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", codes.get(0));
        form.put("p1-name", "Gwen Prawf");
        form.put("p1-dob-day", "1");
        form.put("p1-dob-month", "1");
        form.put("p1-dob-year", Integer.toString(TODAY.getYear() + 1));
        form.put("p1-email", "gwen.prawf@example.org");
        form.put("p1-gender", "female");
        form.put("p1-available", "yes");
        form.put("p1-consent", "yes");
        HttpResponse<String> future = postForm("/assemblies/" + ID + "/register?lang=cy", form);
        assertEquals(422, future.statusCode());
        assertTrue(future.body().contains("Rhaid i’r dyddiad geni fod yn y gorffennol") && future.body().contains("p1-dob-error"),
                future.body());
        assertTrue(future.body().contains("value=\"Gwen Prawf\""), "what was typed comes back");
        form.put("p1-dob-year", "1961");
        HttpResponse<String> done = postForm("/assemblies/" + ID + "/register?lang=cy", form);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("Diolch"), done.body());
        personal.addAll(List.of("Gwen Prawf", "gwen.prawf@example.org"));
        HttpResponse<String> again = postForm("/assemblies/" + ID + "/register", form);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("already been used"), again.body());

        // The API: a missing answer is a 422 problem naming the field; nothing is kept.
        String missing = registration(codes.get(1), "Huw Test", "1990-05-05", null);
        HttpResponse<String> refused = problem(send("POST", "/api/assemblies/" + ID + "/registrations", "application/json", missing));
        assertEquals(422, refused.statusCode());
        assertTrue(json(refused).get("detail").asText().contains("p1-gender"), refused.body());

        for (int i = 1; i < 40; i++) {
            String name = "Person" + i + " Example";
            String body = registration(codes.get(i), name, (i % 2 == 0 ? 1960 : 1992) + "-0" + (1 + i % 9) + "-1" + i % 10,
                    i % 3 == 0 ? "male" : "female");
            HttpResponse<String> r = send("POST", "/api/assemblies/" + ID + "/registrations", "application/json", body);
            assertEquals(201, r.statusCode(), r.body());
            personal.addAll(List.of(name, "person" + i + "@example.org"));
        }
        JsonNode registrations = json(officer("GET", "/api/assemblies/" + ID + "/registrations", null));
        assertEquals(40, registrations.size());
        assertEquals(401, folkmoot.get("/api/assemblies/" + ID + "/registrations").statusCode());
        assertEquals(403, send("GET", "/api/assemblies/" + ID + "/registrations", null, null, "Authorization", "Bearer " + caller)
                .statusCode());
    }

    @Test
    @Order(4)
    void targetsAddingToMoreThanThePanelAreRefusedThenSelectionRunsAndIsPublished() throws Exception {
        HttpResponse<String> over = problem(send("PUT", "/api/assemblies/" + ID + "/targets", "text/csv",
                "category,name,min,max\ngender,female,4,6\ngender,male,4,6\nage,16-44,2,4\nage,45+,2,4\n",
                "Authorization", "Bearer " + officer));
        assertEquals(422, over.statusCode());
        assertTrue(json(over).get("detail").asText().contains("add up to 8, more than the panel of 6: lower them by 2"), over.body());
        // The same on the officers' page, in Welsh: the form again with the error beside the targets.
        HttpResponse<String> onPage = send("POST", "/assemblies/" + ID + "/officers?lang=cy", "application/x-www-form-urlencoded",
                "action=targets&targets=" + URLEncoder.encode("category,name,min,max\ngender,female,4,6\ngender,male,4,6\n"
                        + "age,16-44,2,4\nage,45+,2,4\n", StandardCharsets.UTF_8), "Authorization", "Bearer " + officer, "Accept", "text/html");
        assertEquals(422, onPage.statusCode(), onPage.body());
        assertTrue(onPage.body().contains("targets-error") && onPage.body().contains("gostyngwch nhw 2"), onPage.body());
        HttpResponse<String> targets = send("PUT", "/api/assemblies/" + ID + "/targets", "text/csv",
                "category,name,min,max,min_flex,max_flex\ngender,female,3,3,0,6\ngender,male,3,3,0,6\nage,16-44,2,4,0,6\nage,45+,2,4,0,6\n",
                "Authorization", "Bearer " + officer);
        assertEquals(200, targets.statusCode(), targets.body());
        JsonNode pool = json(officer("GET", "/api/assemblies/" + ID + "/pool", null));
        assertEquals(4, pool.size());

        HttpResponse<String> started = officer("POST", "/api/assemblies/" + ID + "/selections", "{\"seed\":\"drawn in public\"}");
        assertEquals(202, started.statusCode(), started.body());
        JsonNode round = awaitRound(1);
        assertEquals("LEXIMIN", round.get("algorithm").asText());
        assertEquals(6, round.get("panel").size());

        String probabilities = folkmoot.get("/api/assemblies/" + ID + "/selections/1/probabilities.csv").body();
        assertTrue(probabilities.startsWith("id,probability\n"), probabilities);
        assertEquals(41, probabilities.split("\n").length, "everyone's probability, under a pseudonym");
        String distribution = folkmoot.get("/api/assemblies/" + ID + "/selections/1/distribution.csv").body();
        assertTrue(distribution.startsWith("panel,probability,members\n"), distribution);
        assertTrue(page("/assemblies/" + ID).contains(round.get("panel").get(0).asText()), "the panel is on the public page");
        assertTrue(page("/assemblies/" + ID + "?lang=cy").contains("Ffeiliau a gyhoeddwyd"));
    }

    @Test
    @Order(5)
    void callersConfirmAndADeclinedMemberIsReplacedKeepingTheQuotas() throws Exception {
        JsonNode members = json(send("GET", "/api/assemblies/" + ID + "/members", null, null, "Authorization", "Bearer " + caller));
        assertEquals(6, members.size());
        assertFalse(members.get(0).get("name").asText().isEmpty(), "callers see whom to call");
        String leaver = members.get(0).get("pseudonym").asText();
        for (int i = 1; i < 6; i++) {
            assertEquals(200, send("POST", "/api/assemblies/" + ID + "/members/" + members.get(i).get("pseudonym").asText(),
                    "application/json", "{\"status\":\"confirmed\"}", "Authorization", "Bearer " + caller).statusCode());
        }
        assertEquals(422, problem(send("POST", "/api/assemblies/" + ID + "/members/" + leaver, "application/json",
                "{\"status\":\"maybe\"}", "Authorization", "Bearer " + caller)).statusCode());
        assertEquals(200, send("POST", "/api/assemblies/" + ID + "/members/" + leaver, "application/json",
                "{\"status\":\"declined\"}", "Authorization", "Bearer " + caller).statusCode());
        assertEquals(403, send("POST", "/api/assemblies/" + ID + "/replacements", "application/json", "{\"seed\":\"x\"}",
                "Authorization", "Bearer " + caller).statusCode(), "replacements are for officers");
        assertEquals(202, officer("POST", "/api/assemblies/" + ID + "/replacements", "{\"seed\":\"replacements in public\"}").statusCode());
        JsonNode second = awaitRound(2);
        assertEquals(List.of(leaver), List.of(second.get("replaced").get(0).asText()));
        assertEquals(1, second.get("panel").size());

        JsonNode all = json(officer("GET", "/api/assemblies/" + ID + "/members", null));
        Map<String, String> status = new LinkedHashMap<>();
        all.forEach(m -> status.put(m.get("pseudonym").asText(), m.get("status").asText()));
        assertEquals("DECLINED", status.get(leaver));
        assertEquals("SELECTED", status.get(second.get("panel").get(0).asText()));
        JsonNode people = json(officer("GET", "/api/assemblies/" + ID + "/registrations", null));
        Map<String, String> gender = new LinkedHashMap<>();
        people.forEach(p -> gender.put(p.get("pseudonym").asText(), p.get("answers").get("gender").asText()));
        long women = status.entrySet().stream().filter(e -> !e.getValue().equals("DECLINED"))
                .filter(e -> "female".equals(gender.get(e.getKey()))).count();
        assertEquals(3, women, "three women and three men after the replacement, as targeted");
        String page = page("/assemblies/" + ID);
        assertTrue(page.contains("Replacements 1") && page.contains("Declined"), page);

        String member = second.get("panel").get(0).asText();
        assertEquals(201, officer("POST", "/api/assemblies/" + ID + "/members/" + member + "/payments",
                "{\"kind\":\"payment\",\"amountPence\":15000,\"paidOn\":\"" + TODAY + "\",\"description\":\"Session 1\"}").statusCode());
        assertEquals(422, problem(officer("POST", "/api/assemblies/" + ID + "/members/" + member + "/payments",
                "{\"kind\":\"payment\",\"amountPence\":0,\"paidOn\":\"" + TODAY + "\"}")).statusCode());
        String finance = officer("GET", "/api/assemblies/" + ID + "/finance.csv", null).body();
        assertTrue(finance.contains(member) && finance.contains("150.00"), finance);
    }

    @Test
    @Order(6)
    void personalDataIsOnNoPublicPageExportOrSearchAndErasureRemovesIt() throws Exception {
        List<String> publicThings = new ArrayList<>();
        for (String path : List.of("/assemblies", "/assemblies/" + ID, "/assemblies/" + ID + "/register")) {
            publicThings.add(page(path));
            publicThings.add(page(path + (path.contains("?") ? "&" : "?") + "lang=cy"));
        }
        for (String path : List.of("/api/assemblies", "/api/assemblies/" + ID, "/api/assemblies/" + ID + "/targets?format=csv",
                "/api/assemblies/" + ID + "/selections/1", "/api/assemblies/" + ID + "/selections/2",
                "/api/assemblies/" + ID + "/selections/1/probabilities.csv", "/api/assemblies/" + ID + "/selections/1/distribution.csv",
                "/api/assemblies/" + ID + "/selections/1/panel.csv", "/api/assemblies/" + ID + "/selections/2/panel.csv",
                "/api/archive/export")) {
            HttpResponse<String> r = folkmoot.get(path);
            assertTrue(r.statusCode() == 200 || path.startsWith("/api/archive"), path + " " + r.statusCode());
            publicThings.add(r.body());
        }
        for (String text : publicThings) {
            for (String p : personal) {
                assertFalse(text.contains(p), "'" + p + "' is public");
            }
        }
        HttpResponse<String> search = folkmoot.get("/api/search?q=" + URLEncoder.encode("Person7", StandardCharsets.UTF_8));
        assertTrue(search.statusCode() != 200 || json(search).get("total").asInt() == 0, search.body());
        for (String p : personal) {
            assertFalse(folkmoot.log().contains(p), "'" + p + "' is in the log");
        }

        JsonNode people = json(officer("GET", "/api/assemblies/" + ID + "/registrations", null));
        String gwen = null;
        for (JsonNode p : people) {
            if (p.get("name").asText().equals("Gwen Prawf")) {
                gwen = p.get("pseudonym").asText();
            }
        }
        assertEquals(204, officer("DELETE", "/api/assemblies/" + ID + "/registrations/" + gwen, null).statusCode());
        assertFalse(officer("GET", "/api/assemblies/" + ID + "/registrations", null).body().contains("Gwen Prawf"));
        assertFalse(officer("GET", "/api/assemblies/" + ID + "/members", null).body().contains("gwen.prawf@example.org"));
        assertEquals(404, officer("DELETE", "/api/assemblies/" + ID + "/registrations/" + gwen, null).statusCode());
    }

    /**
     * An officer takes a second assembly from nothing to its letters on the pages, in a real browser:
     * the commission (refused beside its fields, then made, then amended), the seed, the address file
     * uploaded (refused beside the file field for a missing column, then drawn in the background with
     * its stage and percentage, a Windows-1252 note and a repeated UPRN reported), and the letters
     * downloaded; every page in English and Welsh passes axe-core and has no English on the Welsh page.
     */
    @Test
    @Order(7)
    void anOfficerCommissionsDrawsAndDownloadsTheLettersOnThePages() throws Exception {
        Messages messages = Messages.ofInstallation(folkmoot.home());
        List<String> problems = new ArrayList<>();
        WebDriver browser = Chromium.start(true);
        try {
            Chromium.signIn(browser, folkmoot.uri("/login"), "it-assembly-officer", PASSWORD);
            browser.get(folkmoot.uri("/assemblies").toString());
            browser.findElement(By.id("commission-link")).click();
            awaitPath(browser, "/assemblies/commission");
            check(browser, messages, problems);
            browser.get(folkmoot.uri("/assemblies/commission?lang=cy").toString());
            check(browser, messages, problems);
            browser.get(folkmoot.uri("/assemblies/commission").toString());

            // Refused beside its fields: no Welsh question, a date that is not one; what was typed comes back.
            type(browser, "id", BROWSER_ID);
            type(browser, "questionEn", "Where should Trafford's new cycle routes go?");
            type(browser, "remitEn", "Recommend routes and how to pay for them.");
            type(browser, "remitCy", "Argymell llwybrau a sut i dalu amdanynt.");
            type(browser, "commissionedBy", "Trafford Council Executive");
            type(browser, "oversight-1-name", "Prof Dee Example");
            type(browser, "oversight-1-role", "Chair");
            date(browser, "announcedOn", TODAY.plusDays(1));
            date(browser, "session-1", TODAY.plusDays(40));
            date(browser, "session-2", TODAY.plusDays(47));
            type(browser, "timeline-1-en", "Letters sent");
            type(browser, "timeline-1-cy", "Anfon llythyrau");
            date(browser, "timeline-1", TODAY.plusDays(7));
            type(browser, "responseDue-day", "31");
            type(browser, "responseDue-month", "2");
            type(browser, "responseDue-year", Integer.toString(TODAY.getYear() + 1));
            type(browser, "panelSize", "6");
            date(browser, "retentionUntil", TODAY.plusDays(400));
            submit(browser, "commission-save");
            awaitText(browser, "questionCy-error");
            assertTrue(browser.findElement(By.id("questionCy-error")).getText().contains("Enter the question in Welsh"));
            assertTrue(browser.findElement(By.id("responseDue-error")).getText().contains("Enter a real date"));
            assertEquals("Prof Dee Example", browser.findElement(By.id("oversight-1-name")).getAttribute("value"));
            assertEquals(404, folkmoot.get("/api/assemblies/" + BROWSER_ID).statusCode(), "nothing half-written");
            check(browser, messages, problems);

            type(browser, "questionCy", "Ble dylai llwybrau beicio newydd Trafford fynd?");
            date(browser, "responseDue", TODAY.plusDays(150));
            submit(browser, "commission-save");
            awaitPath(browser, "/assemblies/" + BROWSER_ID + "/officers");
            assertEquals(404, folkmoot.get("/assemblies/" + BROWSER_ID, "Accept", "text/html").statusCode(), "announced tomorrow");
            browser.get(folkmoot.uri("/assemblies").toString());
            assertTrue(browser.findElement(By.id("assemblies")).getText().contains("Not announced yet"), "officers see it coming");
            browser.get(folkmoot.uri("/assemblies/" + BROWSER_ID).toString());
            String en = browser.getPageSource();
            assertTrue(en.contains("Where should Trafford") && en.contains("Prof Dee Example") && en.contains("Letters sent"), en);
            browser.get(folkmoot.uri("/assemblies/" + BROWSER_ID + "/officers").toString());

            // Amended: the funder added, shown on the public page.
            browser.findElement(By.id("commission-link")).click();
            awaitPath(browser, "/officers/commission");
            assertEquals("Trafford Council Executive", browser.findElement(By.id("commissionedBy")).getAttribute("value"));
            type(browser, "funder", "Active Travel Fund");
            submit(browser, "commission-save");
            awaitPath(browser, "/assemblies/" + BROWSER_ID + "/officers");
            assertTrue(officer("GET", "/api/assemblies/" + BROWSER_ID, null).body().contains("Active Travel Fund"));
            browser.get(folkmoot.uri("/assemblies/" + BROWSER_ID + "/officers/commission?lang=cy").toString());
            check(browser, messages, problems);
            browser.get(folkmoot.uri("/assemblies/" + BROWSER_ID + "/officers").toString());

            // The seed is fixed in public first; then the lottery's page takes the address file.
            type(browser, "seed", BROWSER_SEED);
            submit(browser, "seed-button");
            assertTrue(browser.findElements(By.id("seed")).isEmpty(), "the seed is fixed once");
            check(browser, messages, problems);
            browser.findElement(By.id("lottery-link")).click();
            awaitPath(browser, "/officers/lottery");
            assertEquals(BROWSER_SEED, browser.findElement(By.id("lottery-seed")).getText());
            check(browser, messages, problems);

            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("assemblies-it");
            java.nio.file.Path noPostcode = dir.resolve("no-postcode.csv");
            java.nio.file.Files.writeString(noPostcode, "UPRN,Address Line 1,Town\n100060000001,1 Example Road,Sale\n");
            type(browser, "letters", "20");
            browser.findElement(By.id("addresses")).sendKeys(noPostcode.toString());
            submit(browser, "draw-button");
            awaitDraw(browser);
            assertTrue(browser.findElement(By.id("addresses-error")).getText().toLowerCase().contains("postcode"),
                    browser.findElement(By.id("addresses-error")).getText());
            check(browser, messages, problems);

            StringBuilder file = new StringBuilder("UPRN,Address Line 1,Town,Postcode,ward\n");
            for (int i = 1; i <= 200; i++) {
                file.append(100_060_000_000L + i).append(',').append(i).append(" Ffordd Pen-y-bont,Sale,M33 ").append(1 + i % 9)
                        .append("AB,").append(i % 2 == 0 ? "Sale Central" : "Brooklands").append('\n');
            }
            file.append(100_060_000_001L).append(",1 Ffordd Pen-y-bont,Sale,M33 2AB,Brooklands\n");
            java.nio.file.Path addresses = dir.resolve("gazetteer.csv");
            java.nio.file.Files.write(addresses, file.toString().replace("Ffordd", "Caf\u00e9 Ffordd")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252")));
            type(browser, "letters", "20");
            type(browser, "strata", "ward");
            browser.findElement(By.id("addresses")).sendKeys(addresses.toString());
            submit(browser, "draw-button");
            awaitDraw(browser);
            assertEquals("20", browser.findElement(By.id("drawn-letters")).getText().strip());
            assertEquals("200", browser.findElement(By.id("drawn-addresses")).getText().strip());
            String leftOut = browser.findElement(By.id("left-out")).getText();
            assertTrue(leftOut.contains("Windows-1252") && leftOut.contains("is already on row 2"), leftOut);
            check(browser, messages, problems);
            browser.get(browser.getCurrentUrl() + "?lang=cy");
            assertTrue(browser.findElement(By.id("left-out")).getText().contains("Windows-1252"));
            check(browser, messages, problems);

            // The letters, from the page's own links, with the officer's session.
            String cookie = "folkmoot_session=" + browser.manage().getCookieNamed("folkmoot_session").getValue();
            String csvLink = browser.findElement(By.id("letters-csv")).getAttribute("href");
            HttpResponse<String> csv = folkmoot.send(HttpRequest.newBuilder(java.net.URI.create(csvLink)), "Cookie", cookie);
            assertEquals(200, csv.statusCode());
            assertEquals(21, csv.body().strip().split("\n").length, "a header and 20 letters: " + csv.body());
            assertTrue(csv.body().contains("Café Ffordd"), "Windows-1252 read as such: " + csv.body());
            String pdfLink = browser.findElement(By.id("letters-pdf-cy")).getAttribute("href");
            HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(pdfLink))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), problems);
    }

    /** Confirmation callers see whom to call and what to record, and none of the officers' forms. */
    @Test
    @Order(8)
    void callersSeeOnlyWhatTheyNeed() throws Exception {
        Messages messages = Messages.ofInstallation(folkmoot.home());
        List<String> problems = new ArrayList<>();
        WebDriver browser = Chromium.start(true);
        try {
            Chromium.signIn(browser, folkmoot.uri("/login"), "it-caller", PASSWORD);
            browser.get(folkmoot.uri("/assemblies/" + ID + "/officers").toString());
            assertEquals("Confirmation calls", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElements(By.id("targets")).isEmpty() && browser.findElements(By.id("seed")).isEmpty()
                    && browser.findElements(By.id("replacementSeed")).isEmpty() && browser.findElements(By.id("lottery-link")).isEmpty(),
                    "no officers' forms");
            String table = browser.findElement(By.id("members-table")).getText();
            assertTrue(table.contains("Person"), "names to call: " + table);
            assertFalse(table.contains("@example.org"), "no emails: " + table);
            List<String> options = browser.findElements(By.cssSelector("#members-table select option")).stream()
                    .map(o -> o.getAttribute("value")).distinct().toList();
            assertEquals(List.of("CONFIRMED", "DECLINED", "UNREACHABLE"), options);
            check(browser, messages, problems);
            browser.get(folkmoot.uri("/assemblies/" + ID + "/officers?lang=cy").toString());
            assertEquals("Galwadau cadarnhau", browser.findElement(By.tagName("h1")).getText());
            check(browser, messages, problems);
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), problems);
        HttpResponse<String> withdrawn = problem(send("POST", "/api/assemblies/" + ID + "/members/P-nobody", "application/json",
                "{\"status\":\"withdrawn\"}", "Authorization", "Bearer " + caller));
        assertEquals(422, withdrawn.statusCode(), "a withdrawal is for officers");
        // A bad status on the page goes beside that member's field, which the summary links to.
        JsonNode members = json(officer("GET", "/api/assemblies/" + ID + "/members", null));
        String member = members.get(0).get("pseudonym").asText();
        HttpResponse<String> bad = send("POST", "/assemblies/" + ID + "/officers", "application/x-www-form-urlencoded",
                "action=call&member=" + member + "&status=maybe", "Authorization", "Bearer " + officer, "Accept", "text/html");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("href=\"#status-" + member + "\"") && bad.body().contains("id=\"status-" + member + "-error\""),
                bad.body());
    }

    private void check(WebDriver browser, Messages messages, List<String> problems) {
        problems.addAll(PageChecks.accessibility(browser));
        if (browser.getCurrentUrl().contains("lang=cy")) {
            problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
        }
    }

    private static void type(WebDriver browser, String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void date(WebDriver browser, String id, LocalDate d) {
        type(browser, id + "-day", Integer.toString(d.getDayOfMonth()));
        type(browser, id + "-month", Integer.toString(d.getMonthValue()));
        type(browser, id + "-year", Integer.toString(d.getYear()));
    }

    /** Submits a form and waits for the next page (the click returns before it has arrived). */
    private static void submit(WebDriver browser, String buttonId) {
        Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.id(buttonId)));
    }

    private static void awaitPath(WebDriver browser, String path) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("the page " + path)
                .until(b -> java.net.URI.create(b.getCurrentUrl()).getPath().endsWith(path));
    }

    private static void awaitText(WebDriver browser, String id) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.id(id)).isEmpty());
    }

    /** Follows the draw as an officer would, with the page's refresh link, until it has ended. */
    private static void awaitDraw(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).withMessage("the draw to end").pollingEvery(Duration.ofMillis(500))
                .until(b -> {
                    List<org.openqa.selenium.WebElement> refresh = b.findElements(By.id("refresh"));
                    if (refresh.isEmpty()) {
                        return true;
                    }
                    assertTrue(b.findElement(By.id("draw-percent")).getText().matches("\\d+% done"));
                    refresh.get(0).click();
                    return false;
                });
    }

    // ---- helpers ------------------------------------------------------------------------------

    private JsonNode awaitRound(int round) throws Exception {
        folkmoot.await("/api/assemblies/" + ID + "/selections/" + round, r -> r.statusCode() == 200
                && !r.body().contains("\"state\":\"QUEUED\"") && !r.body().contains("\"state\":\"RUNNING\""), Duration.ofSeconds(90));
        JsonNode s = json(officer("GET", "/api/assemblies/" + ID + "/selections/" + round, null));
        assertEquals("DONE", s.get("state").asText(), s.toString());
        return s;
    }

    private static String registration(String code, String name, String born, String gender) throws Exception {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("dateOfBirth", born);
        person.put("email", name.split(" ")[0].toLowerCase() + "@example.org");
        person.put("answers", gender == null ? Map.of() : Map.of("gender", gender));
        person.put("available", true);
        person.put("consent", true);
        return JSON.writeValueAsString(Map.of("code", code, "people", List.of(person)));
    }

    private String page(String path) {
        HttpResponse<String> r = folkmoot.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body, "Accept", "text/html");
    }

    private HttpResponse<String> officer(String method, String path, String jsonBody) {
        return send(method, path, jsonBody == null ? null : "application/json", jsonBody, "Authorization", "Bearer " + officer);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return folkmoot.send(b, headers);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
