package org.folkmoot.distribution;

import static org.folkmoot.distribution.Answers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Citizens' assemblies part 2 in the assembled runtime, over HTTP and in a real Chromium, in English
 * and Welsh: sessions with their agenda and links, bad sessions refused; evidence with a speaker's
 * declared interests, a file (one over the module's limit refused whole), members' questions; a
 * resident's submission through the form without JavaScript (errors beside the field, a document
 * over the limit refused, personal data redacted on the page and in search), an officer marking it
 * passed to members; a comment on a session, hidden by moderation; axe-core and the Welsh check on
 * each page; a standing assembly's next round opened (members carried over by lot, a count out of
 * range refused beside its field) and drawn in the background on the officers' pages, its public page
 * with counts only, and a round opened and drawn through the API (202). One runtime; methods in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssemblySessionsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "sessions-it-admin-" + UUID.randomUUID();
    private static final String PASSWORD = "a long password for the sessions test";
    private static final String RESIDENT = "it-sessions-resident";
    private static final String ID = "it-buses";
    /** The standing assembly's second round, its own assembly, and the public seed its members carried over by. */
    private static final String ROUND_TWO = "it-buses-2";
    private static final String CARRY_SEED = "carried over at the executive";
    private static final String OFFICER = "it-sessions-officer";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate FIRST = TODAY.plusDays(20);
    /** The module's file limit for this runtime, so a file over it is small. */
    private static final int LIMIT = 200_000;
    /** A word only the resident's submission has, to find it in search. */
    private static final String WORD = "zebracrossingquorum";

    private FolkmootProcess folkmoot;
    private Messages messages;
    private String officer;
    /** The resident's session: residents have no API tokens, so their calls carry the session cookie and its CSRF token. */
    private String[] resident;
    private WebDriver browser;
    private String submission;

    @BeforeAll
    void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.writeConfig("org.folkmoot.platform.Files", "moduleMaxBytes=assemblies=" + LIMIT + "\n");
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", ADMIN));
        folkmoot.await("/api/assemblies", r -> r.statusCode() == 200, Duration.ofSeconds(60));
        officer = token(OFFICER, "[\"assemblies.officer\"]");
        resident = session(RESIDENT, "[\"resident\"]");
        messages = Messages.ofInstallation(folkmoot.home());
        browser = Chromium.start(true);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (folkmoot != null) {
            folkmoot.close();
        }
    }

    @Test
    @Order(1)
    void sessionsArePublishedOnTheCommissionsDaysAndBadOnesRefused() throws Exception {
        String commission = JSON.writeValueAsString(Map.ofEntries(Map.entry("id", ID),
                Map.entry("questionEn", "How should buses in Trafford change?"), Map.entry("questionCy", "Sut dylai bysiau yn Trafford newid?"),
                Map.entry("remitEn", "Recommend changes."), Map.entry("remitCy", "Argymell newidiadau."),
                Map.entry("commissionedBy", "Trafford Council Executive"),
                Map.entry("oversight", List.of()), Map.entry("timeline", List.of()),
                Map.entry("sessions", List.of(FIRST.toString(), FIRST.plusDays(7).toString())),
                Map.entry("questions", List.of(Map.of("category", "gender", "en", "Your gender", "cy", "Eich rhywedd", "fromDateOfBirth", false,
                        "answers", List.of(Map.of("value", "female", "en", "Female", "cy", "Benyw"), Map.of("value", "male", "en", "Male", "cy", "Gwryw"))))),
                Map.entry("announcedOn", TODAY.toString()), Map.entry("responseDue", TODAY.plusDays(120).toString()),
                Map.entry("panelSize", 6), Map.entry("retentionUntil", TODAY.plusDays(365).toString())));
        assertEquals(201, send("POST", "/api/assemblies", "application/json", commission, officer).statusCode());

        String session = JSON.writeValueAsString(Map.of("startsAt", "10:00", "endsAt", "16:00", "titleEn", "Learning about buses",
                "titleCy", "Dysgu am fysiau", "placeEn", "Sale Town Hall", "placeCy", "Neuadd y Dref Sale",
                "agendaEn", List.of("Welcome", "How people travel"), "agendaCy", List.of("Croeso", "Sut mae pobl yn teithio"),
                "facilitators", List.of("Priya Example"), "recordings", List.of("https://video.example.org/it-1")));
        assertEquals(401, send("PUT", "/api/assemblies/" + ID + "/sessions/" + FIRST, "application/json", session, (String) null).statusCode());
        HttpResponse<String> notADay = problem(send("PUT", "/api/assemblies/" + ID + "/sessions/" + FIRST.plusDays(1), "application/json",
                session.replace("\"16:00\"", "\"09:00\""), officer));
        assertEquals(422, notADay.statusCode());
        String detail = JSON.readTree(notADay.body()).get("detail").asText();
        assertTrue(detail.contains("is not one of the assembly’s session days") && detail.contains("must end after it starts"), detail);
        assertEquals(422, problem(send("PUT", "/api/assemblies/" + ID + "/sessions/2027-02-30", "application/json", session, officer)).statusCode());
        assertEquals(404, send("PUT", "/api/assemblies/no-such/sessions/" + FIRST, "application/json", session, officer).statusCode());
        assertEquals("[]", folkmoot.get("/api/assemblies/" + ID + "/sessions").body(), "nothing written");

        assertEquals(201, send("PUT", "/api/assemblies/" + ID + "/sessions/" + FIRST, "application/json", session, officer).statusCode());
        assertEquals(200, send("PUT", "/api/assemblies/" + ID + "/sessions/" + FIRST, "application/json",
                session.replace("Sale Town Hall", "Sale Waterside"), officer).statusCode(), "replaced by day");
        JsonNode listed = JSON.readTree(folkmoot.get("/api/assemblies/" + ID + "/sessions").body());
        assertEquals(1, listed.size());
        assertEquals("Sale Waterside", listed.get(0).get("place").get("en").asText());
        assertEquals(404, folkmoot.get("/api/assemblies/" + ID + "/sessions/" + FIRST.plusDays(7)).statusCode());
        assertEquals(404, folkmoot.get("/api/assemblies/" + ID + "/sessions/yesterday").statusCode());
        assertEquals(401, folkmoot.get("/api/assemblies/" + ID + "/sessions/" + FIRST + "/attendance").statusCode(), "private");

        String en = check("/assemblies/" + ID + "/sessions", "en");
        assertTrue(en.contains("Learning about buses") && en.contains("How people travel") && en.contains("Sale Waterside")
                && en.contains("Priya Example") && en.contains("Other session days"), en);
        String cy = check("/assemblies/" + ID + "/sessions", "cy");
        assertTrue(cy.contains("Dysgu am fysiau") && cy.contains("Sut mae pobl yn teithio") && cy.contains("Recordiad 1"), cy);
        assertTrue(check("/assemblies/" + ID, "en").contains("/assemblies/" + ID + "/sessions"), "the assembly's page links to its sessions");
    }

    @Test
    @Order(2)
    void evidenceHasItsSpeakerInterestsFilesAndQuestions() throws Exception {
        String evidence = JSON.writeValueAsString(Map.of("session", FIRST.toString(), "speaker", "Dr Ann Example",
                "organisation", "University of Salford", "interests", "Adviser to a bus operator", "titleEn", "Who rides the bus",
                "titleCy", "Pwy sy'n teithio ar y bws", "summaryEn", "Bus use fell by a third.", "summaryCy", "Gostyngodd defnydd bysiau o draean.",
                "videoLink", "https://video.example.org/e1"));
        HttpResponse<String> bad = problem(send("POST", "/api/assemblies/" + ID + "/evidence", "application/json",
                evidence.replace("Dr Ann Example", " ").replace("https://video", "video"), officer));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("speaker") && bad.body().contains("https://"), bad.body());
        HttpResponse<String> made = send("POST", "/api/assemblies/" + ID + "/evidence", "application/json", evidence, officer);
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(1, JSON.readTree(made.body()).get("number").asInt());

        byte[] slides = pdf(20_000);
        HttpResponse<String> stored = sendBytes("PUT", "/api/assemblies/" + ID + "/evidence/1/files/slides.pdf", slides, officer);
        assertEquals(201, stored.statusCode(), stored.body());
        String url = JSON.readTree(stored.body()).get("url").asText();
        assertEquals(slides.length, folkmoot.get(url).body().getBytes(StandardCharsets.ISO_8859_1).length, "anyone downloads it");
        assertEquals(413, problem(sendBytes("PUT", "/api/assemblies/" + ID + "/evidence/1/files/big.pdf", pdf(LIMIT + 1), officer)).statusCode());
        assertEquals(415, problem(sendBytes("PUT", "/api/assemblies/" + ID + "/evidence/1/files/notes.pdf",
                "just text".getBytes(StandardCharsets.UTF_8), officer)).statusCode());
        assertEquals(404, sendBytes("PUT", "/api/assemblies/" + ID + "/evidence/9/files/slides.pdf", slides, officer).statusCode());
        assertEquals(1, JSON.readTree(folkmoot.get("/api/assemblies/" + ID + "/evidence/1").body()).get("files").size(), "refused files left nothing");

        assertEquals(422, problem(send("POST", "/api/assemblies/" + ID + "/evidence/1/questions", "application/json",
                "{\"question\":\"Why?\"}", officer)).statusCode());
        assertEquals(200, send("POST", "/api/assemblies/" + ID + "/evidence/1/questions", "application/json",
                "{\"language\":\"cy\",\"question\":\"Pam?\",\"answer\":\"Llai o wasanaethau gyda'r nos.\"}", officer).statusCode());

        String en = check("/assemblies/" + ID + "/evidence", "en");
        assertTrue(en.contains("Adviser to a bus operator") && en.contains("University of Salford") && en.contains("slides.pdf")
                && en.contains("Llai o wasanaethau gyda'r nos.") && en.contains("Bus use fell by a third."), en);
        String cy = check("/assemblies/" + ID + "/evidence", "cy");
        assertTrue(cy.contains("Gostyngodd defnydd bysiau o draean.") && cy.contains("Buddiannau a ddatganwyd"), cy);
        assertTrue(check("/assemblies/" + ID + "/sessions", "en").contains("Who rides the bus"), "the session lists the evidence heard");
    }

    @Test
    @Order(3)
    void aResidentSubmitsEvidenceThroughTheFormAndItIsShownRedacted() throws Exception {
        Chromium.signIn(browser, folkmoot.uri("/login"), RESIDENT, PASSWORD);
        // Nothing typed: the form again, the error beside the field, in Welsh.
        browser.get(folkmoot.uri("/assemblies/" + ID + "/evidence/submit?lang=cy").toString());
        List<String> problems = new ArrayList<>(pageProblems("cy"));
        submitForm();
        assertTrue(browser.findElement(By.id("text-error")).getText().contains("Rhowch eich tystiolaeth"), browser.getPageSource());
        problems.addAll(pageProblems("cy"));

        // A document over the limit: refused beside the file input, what was typed kept, nothing stored.
        Path big = Files.write(Files.createTempFile("big", ".pdf"), pdf(LIMIT + 1));
        Path small = Files.write(Files.createTempFile("evidence", ".pdf"), pdf(5_000));
        String text = "The 263 stops at 7pm; a " + WORD + " would help. Email me at jo.bloggs@example.org or ring 07700 900123.";
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("organisation")).sendKeys("Sale Bus Users");
        browser.findElement(By.id("file")).sendKeys(big.toString());
        submitForm();
        assertTrue(browser.findElement(By.id("file-error")).getText().contains("yn fwy na’r terfyn"), browser.getPageSource());
        assertEquals(text, browser.findElement(By.id("text")).getAttribute("value"));
        problems.addAll(pageProblems("cy"));
        assertEquals(0, JSON.readTree(folkmoot.get("/api/assemblies/" + ID + "/evidence/submissions").body()).size(), "nothing half-written");

        browser.findElement(By.id("file")).sendKeys(small.toString());
        submitForm();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> URI.create(b.getCurrentUrl()).getPath().endsWith("/evidence"));
        assertTrue(browser.findElement(By.id("submitted")).getText().contains("Diolch"), browser.getPageSource());
        problems.addAll(pageProblems("cy"));
        assertEquals("", String.join("\n", problems));

        JsonNode listed = JSON.readTree(folkmoot.get("/api/assemblies/" + ID + "/evidence/submissions").body());
        assertEquals(1, listed.size());
        submission = listed.get(0).get("submission").get("id").asText();
        String shown = listed.get(0).get("submission").get("text").asText();
        assertTrue(shown.contains(WORD) && !shown.contains("jo.bloggs@example.org") && !shown.contains("07700 900123"), shown);
        assertEquals("/assemblies/" + ID + "/evidence", listed.get(0).get("submission").get("link").asText());
        assertFalse(listed.get(0).hasNonNull("file"), "the public never gets the resident's document");
        JsonNode forOfficers = JSON.readTree(send("GET", "/api/assemblies/" + ID + "/evidence/submissions", null, null, officer).body());
        String filename = forOfficers.get(0).get("file").get("filename").asText();
        assertTrue(filename.startsWith("evidence") && filename.endsWith(".pdf"), forOfficers.toString());
        assertEquals(401, folkmoot.get(forOfficers.get(0).get("file").get("url").asText()).statusCode(), "officers only");
        String page = folkmoot.get("/assemblies/" + ID + "/evidence").body();
        assertTrue(page.contains(WORD) && page.contains("Sale Bus Users") && !page.contains("jo.bloggs") && !page.contains("900123"), page);
        folkmoot.await("/api/search?q=" + WORD, r -> r.statusCode() == 200 && r.body().contains(WORD), Duration.ofSeconds(60));
        String found = folkmoot.get("/api/search?q=" + WORD).body();
        assertFalse(found.contains("jo.bloggs") || found.contains("900123"), "search holds it redacted: " + found);
    }

    @Test
    @Order(4)
    void officersMarkWhatWasPassedToMembers() throws Exception {
        assertEquals(403, send("POST", "/api/assemblies/" + ID + "/evidence/submissions/" + submission + "/passed", null, null, resident)
                .statusCode());
        assertEquals(404, send("POST", "/api/assemblies/" + ID + "/evidence/submissions/no-such/passed", null, null, officer).statusCode());
        assertEquals(204, send("POST", "/api/assemblies/" + ID + "/evidence/submissions/" + submission + "/passed", null, null, officer)
                .statusCode());
        assertEquals(409, problem(send("POST", "/api/assemblies/" + ID + "/evidence/submissions/" + submission + "/passed", null, null,
                officer)).statusCode());
        assertTrue(check("/assemblies/" + ID + "/evidence", "en").contains("Passed to members on"));
        assertTrue(check("/assemblies/" + ID + "/evidence", "cy").contains("Trosglwyddwyd i’r aelodau ar"));
        assertTrue(send("GET", "/assemblies/" + ID + "/evidence?lang=en", null, null, officer).body().contains("Marked by " + OFFICER),
                "officers see who marked it");
        assertFalse(folkmoot.get("/assemblies/" + ID + "/evidence").body().contains(OFFICER), "the public does not");
    }

    @Test
    @Order(5)
    void residentsCommentOnASessionAndModerationHidesIt() throws Exception {
        // From the session page's own form, in the browser signed in as the resident.
        browser.get(folkmoot.uri("/assemblies/" + ID + "/sessions").toString());
        browser.findElement(By.cssSelector("#comment-" + FIRST + " button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.id("comment-" + FIRST + "-text-error")).isEmpty());
        assertEquals("", String.join("\n", pageProblems("en")));
        browser.findElement(By.id("comment-" + FIRST + "-text")).sendKeys("Will it be recorded? Call 0161 496 0000.");
        browser.findElement(By.cssSelector("#comment-" + FIRST + " button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.id("comment-" + FIRST + "-list")).isEmpty());
        assertTrue(browser.getPageSource().contains("Will it be recorded?"));
        assertFalse(browser.getPageSource().contains("496 0000"), "redacted");

        HttpResponse<String> viaApi = send("POST", "/api/assemblies/" + ID + "/sessions/" + FIRST + "/comments", "application/json",
                "{\"text\":\"Diolch am y sesiwn.\",\"language\":\"cy\"}", resident);
        assertEquals(201, viaApi.statusCode(), viaApi.body());
        assertEquals(422, problem(send("POST", "/api/assemblies/" + ID + "/sessions/" + FIRST + "/comments", "application/json",
                "{\"text\":\" \",\"language\":\"fr\"}", resident)).statusCode());
        assertEquals(401, send("POST", "/api/assemblies/" + ID + "/sessions/" + FIRST + "/comments", "application/json",
                "{\"text\":\"anonymous\"}", (String) null).statusCode());
        String id = JSON.readTree(viaApi.body()).get("id").asText();
        assertEquals(2, JSON.readTree(folkmoot.get("/api/assemblies/" + ID + "/sessions/" + FIRST + "/comments").body()).size());
        HttpResponse<String> hidden = send("POST", "/api/archive/contributions/" + id + "/hide", "application/json",
                "{\"reason\":\"test of moderation\"}", ADMIN);
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertFalse(check("/assemblies/" + ID + "/sessions", "cy").contains("Diolch am y sesiwn."), "hidden by moderation");
    }

    @Test
    @Order(6)
    void aStandingAssemblyNeedsAPanelBeforeItsNextRound() throws Exception {
        assertEquals("[]", folkmoot.get("/api/assemblies/" + ID + "/rounds").body());
        HttpResponse<String> early = problem(send("POST", "/api/assemblies/" + ID + "/rounds", "application/json",
                "{\"assembly\":\"" + ID + "\",\"carried\":[]}", officer));
        assertEquals(409, early.statusCode(), early.body());
        HttpResponse<String> unknown = problem(send("POST", "/api/assemblies/" + ID + "/rounds", "application/json",
                "{\"assembly\":\"no-such-round\",\"carried\":[]}", officer));
        assertEquals(422, unknown.statusCode(), "the round's assembly named in the body is the field at fault: " + unknown.body());
        assertEquals(404, send("GET", "/api/assemblies/no-such/rounds", null, null, officer).statusCode());
    }

    @Test
    @Order(7)
    void anOfficerOpensAndDrawsTheNextRoundOnThePages() throws Exception {
        // The first round: a panel of 6 selected as part 1 does it; round 2's own assembly with its own registrations.
        recruit(ID, 12);
        assertEquals(200, send("PUT", "/api/assemblies/" + ID + "/targets", "text/csv",
                "category,name,min,max\ngender,female,3,3\ngender,male,3,3\n", officer).statusCode());
        assertEquals(202, send("POST", "/api/assemblies/" + ID + "/selections", "application/json", "{\"seed\":\"first round\"}", officer)
                .statusCode());
        folkmoot.await("/api/assemblies/" + ID + "/selections/1", r -> r.body().contains("\"state\":\"DONE\""), Duration.ofSeconds(60));
        commission(ROUND_TWO, "Where should Trafford's new bus stops go?", "Ble dylai arosfannau bysiau newydd Trafford fynd?");
        recruit(ROUND_TWO, 10);

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, folkmoot.uri("/login"), OFFICER, PASSWORD);
        assertTrue(check("/assemblies/" + ID + "/officers", "en").contains("/assemblies/" + ID + "/officers/rounds"),
                "the officers' page links to the rounds");
        check("/assemblies/" + ID + "/officers/rounds", "cy");
        // Carry over by lot: a count out of range comes back beside its field, in Welsh, and nothing is opened.
        new Select(browser.findElement(By.id("assembly"))).selectByValue(ROUND_TWO);
        browser.findElement(By.id("carryCount")).sendKeys("9");
        browser.findElement(By.id("carrySeed")).sendKeys(CARRY_SEED);
        Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.id("open-button")));
        assertTrue(browser.findElement(By.id("carryCount-error")).getText().contains("Rhowch rif cyfan o 1 i 5"), browser.getPageSource());
        List<String> problems = new ArrayList<>(pageProblems("cy"));
        assertEquals("[]", folkmoot.get("/api/assemblies/" + ID + "/rounds").body(), "nothing half-written");
        browser.findElement(By.id("carryCount")).clear();
        browser.findElement(By.id("carryCount")).sendKeys("2");
        Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.id("open-button")));
        assertTrue(URI.create(browser.getCurrentUrl()).getPath().endsWith("/officers/rounds/2"), browser.getCurrentUrl());
        problems.addAll(pageProblems("cy"));

        // The draw: no seed is refused beside the field; then it runs in the background and the page follows it.
        Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.id("draw-button")));
        assertTrue(browser.findElement(By.id("seed-error")).getText().contains("hedyn"), browser.getPageSource());
        problems.addAll(pageProblems("cy"));
        browser.findElement(By.id("seed")).sendKeys("round two, in public");
        Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.id("draw-button")));
        problems.addAll(pageProblems("cy"));
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (browser.findElements(By.id("drawn-next")).isEmpty() && System.nanoTime() < until) {
            assertTrue(browser.findElements(By.id("failed")).isEmpty(), browser.getPageSource());
            Thread.sleep(500);
            Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.id("refresh")));
        }
        assertFalse(browser.findElements(By.id("drawn-next")).isEmpty(), "drawn: " + browser.getPageSource());
        assertEquals("", String.join("\n", problems));
        assertTrue(check("/assemblies/" + ID + "/officers/rounds/2", "en").contains("round two, in public"));

        // The public page: counts and seeds only, never a name; the sessions page links to it.
        String en = check("/assemblies/" + ID + "/rounds/2", "en");
        assertEquals("2", browser.findElement(By.id("carried")).getText().strip());
        assertEquals("4", browser.findElement(By.id("drawn")).getText().strip());
        assertTrue(en.contains(CARRY_SEED) && en.contains("round two, in public") && en.contains("/assemblies/" + ROUND_TWO + "#selection"), en);
        assertFalse(en.contains("Rounds Person"), "no names on the public page");
        assertTrue(check("/assemblies/" + ID + "/rounds/2", "cy").contains("Rownd 2"));
        assertTrue(check("/assemblies/" + ID + "/sessions", "en").contains("/assemblies/" + ID + "/rounds/2"));
        assertEquals(404, folkmoot.get("/assemblies/" + ID + "/rounds/9").statusCode());

        // Anyone recomputes who carried over from the seed and the members who could: the smallest SHA-256(seed + pseudonym).
        JsonNode round = JSON.readTree(folkmoot.get("/api/assemblies/" + ID + "/rounds/2").body());
        assertEquals("DONE", round.get("state").asText());
        List<String> eligible = new ArrayList<>();
        round.get("round").get("eligible").forEach(p -> eligible.add(p.asText()));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> recomputed = eligible.stream().sorted(java.util.Comparator.comparing((String p) ->
                HexFormat.of().formatHex(sha.digest((CARRY_SEED + p).getBytes(StandardCharsets.UTF_8))))).limit(2).toList();
        List<String> carried = new ArrayList<>();
        round.get("round").get("carried").forEach(p -> carried.add(p.asText()));
        assertEquals(recomputed, carried);
        assertEquals(409, problem(send("POST", "/api/assemblies/" + ID + "/rounds/2/draw", "application/json", "{\"seed\":\"again\"}",
                officer)).statusCode(), "drawn once");
        assertEquals(409, problem(send("POST", "/api/assemblies/" + ROUND_TWO + "/selections", "application/json", "{\"seed\":\"own\"}",
                officer)).statusCode(), "a round's assembly has no selection of its own");
        assertEquals(404, send("GET", "/api/assemblies/" + ID + "/rounds/9", null, null, (String) null).statusCode());
    }

    @Test
    @Order(8)
    void theApiOpensARoundAndDrawsItInTheBackground() throws Exception {
        String third = ID + "-3";
        commission(third, "How should Trafford's buses run at night?", "Sut dylai bysiau Trafford redeg yn y nos?");
        recruit(third, 8);
        HttpResponse<String> tooMany = problem(send("POST", "/api/assemblies/" + ID + "/rounds", "application/json",
                "{\"assembly\":\"" + third + "\",\"carryCount\":6,\"carrySeed\":\"api\"}", officer));
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("carryCount"), tooMany.body());
        String byLot = "{\"assembly\":\"" + third + "\",\"carryCount\":1,\"carrySeed\":\"api\"}";
        assertEquals(201, send("POST", "/api/assemblies/" + ID + "/rounds", "application/json", byLot, officer).statusCode());
        assertEquals(204, send("DELETE", "/api/assemblies/" + ID + "/rounds/3", null, null, officer).statusCode(), "withdrawn before drawn");
        assertEquals(201, send("POST", "/api/assemblies/" + ID + "/rounds", "application/json", byLot, officer).statusCode(), "and opened again");
        HttpResponse<String> accepted = send("POST", "/api/assemblies/" + ID + "/rounds/3/draw", "application/json",
                "{\"seed\":\"round three\"}", officer);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = URI.create(accepted.headers().firstValue("Location").orElseThrow()).getPath();
        assertEquals("/api/assemblies/" + ID + "/rounds/3", location);
        folkmoot.await(location, r -> r.body().contains("\"state\":\"DONE\""), Duration.ofSeconds(60));
        assertEquals(5, JSON.readTree(folkmoot.get(location).body()).get("round").get("drawn").size());
        assertEquals(409, problem(send("DELETE", location, null, null, officer)).statusCode(), "a drawn round stays");
    }

    /** Commissions an assembly asking the same question as {@link #ID} (gender), a panel of 6. */
    private void commission(String id, String en, String cy) throws Exception {
        String commission = JSON.writeValueAsString(Map.ofEntries(Map.entry("id", id), Map.entry("questionEn", en), Map.entry("questionCy", cy),
                Map.entry("remitEn", "Recommend changes."), Map.entry("remitCy", "Argymell newidiadau."),
                Map.entry("commissionedBy", "Trafford Council Executive"), Map.entry("oversight", List.of()), Map.entry("timeline", List.of()),
                Map.entry("sessions", List.of(FIRST.plusDays(60).toString())),
                Map.entry("questions", List.of(Map.of("category", "gender", "en", "Your gender", "cy", "Eich rhywedd", "fromDateOfBirth", false,
                        "answers", List.of(Map.of("value", "female", "en", "Female", "cy", "Benyw"), Map.of("value", "male", "en", "Male", "cy", "Gwryw"))))),
                Map.entry("announcedOn", TODAY.toString()), Map.entry("responseDue", TODAY.plusDays(180).toString()),
                Map.entry("panelSize", 6), Map.entry("retentionUntil", TODAY.plusDays(365).toString())));
        HttpResponse<String> made = send("POST", "/api/assemblies", "application/json", commission, officer);
        assertEquals(201, made.statusCode(), made.body());
    }

    /** The seed, a civic lottery of as many letters as households, and each household registering one person, women and men in turn. */
    private void recruit(String id, int households) throws Exception {
        assertEquals(200, send("PUT", "/api/assemblies/" + id + "/seed", "application/json", "{\"seed\":\"" + id + " letters\"}", officer)
                .statusCode());
        StringBuilder file = new StringBuilder("UPRN,Address Line 1,Town,Postcode\n");
        for (int i = 1; i <= households; i++) {
            file.append(100_070_000_000L + id.hashCode() % 1000 * 1000L + i).append(',').append(i).append(" Example Road,Sale,M33 2AB\n");
        }
        HttpResponse<String> drawn = send("POST", "/api/assemblies/" + id + "/lottery?letters=" + households, "text/csv", file.toString(), officer);
        assertEquals(200, drawn.statusCode(), drawn.body());
        int n = 0;
        for (JsonNode h : JSON.readTree(send("GET", "/api/assemblies/" + id + "/households", null, null, officer).body())) {
            n++;
            Map<String, Object> person = Map.of("name", "Rounds Person " + id + " " + n, "dateOfBirth", "1980-01-0" + (1 + n % 9),
                    "email", "rounds" + n + "@example.org", "answers", Map.of("gender", n % 2 == 0 ? "male" : "female"),
                    "available", true, "consent", true);
            HttpResponse<String> r = send("POST", "/api/assemblies/" + id + "/registrations", "application/json",
                    JSON.writeValueAsString(Map.of("code", h.get("code").asText(), "people", List.of(person))), (String) null);
            assertEquals(201, r.statusCode(), r.body());
        }
        assertEquals(households, n);
    }

    /** The page's HTML as the browser got it, after axe-core and (in Welsh) the check for English. */
    private String check(String path, String language) {
        browser.get(folkmoot.uri(path + (path.contains("?") ? "&" : "?") + "lang=" + language).toString());
        List<String> problems = pageProblems(language);
        assertEquals("", String.join("\n", problems), path + " in " + language);
        return browser.getPageSource();
    }

    private List<String> pageProblems(String language) {
        List<String> problems = new ArrayList<>(PageChecks.accessibility(browser));
        if (language.equals("cy")) {
            problems.addAll(PageChecks.englishOnWelshPage(browser, messages));
        }
        return problems;
    }

    /** Sends the submission form and waits for the next page. */
    private void submitForm() {
        Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.id("submit-form")).findElement(By.cssSelector("button")));
    }

    /** A file that starts as a PDF does, of about this many bytes. */
    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, b, size - tail.length, tail.length);
        return b;
    }

    /** A new account's signed-in session: the headers that carry its cookie and CSRF token. */
    private String[] session(String id, String roles) throws Exception {
        HttpResponse<String> made = send("POST", "/api/accounts", "application/json", "{\"id\":\"" + id + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":" + roles + "}", ADMIN);
        assertEquals(201, made.statusCode(), made.body());
        HttpResponse<String> login = send("POST", "/api/auth/login", "application/json",
                "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}", (String) null);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return new String[] {"Cookie", cookie.substring(0, cookie.indexOf(';')), "X-CSRF-Token",
            JSON.readTree(login.body()).get("csrfToken").asText()};
    }

    private String token(String id, String roles) throws Exception {
        HttpResponse<String> token = send("POST", "/api/auth/tokens", "application/json", "{\"label\":\"it\"}", session(id, roles));
        assertEquals(200, token.statusCode(), token.body());
        return JSON.readTree(token.body()).get("token").asText();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String bearer) {
        return send(method, path, contentType, body, bearer == null ? new String[0] : new String[] {"Authorization", "Bearer " + bearer});
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String[] headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return folkmoot.send(b, headers);
    }

    private HttpResponse<String> sendBytes(String method, String path, byte[] body, String bearer) {
        return folkmoot.send(HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/octet-stream"),
                "Authorization", "Bearer " + bearer);
    }

}
