package org.folkmoot.distribution;

import static org.folkmoot.distribution.Answers.problem;
import static org.folkmoot.distribution.Answers.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The asset transfers module in the assembled runtime, over HTTP, as a council officer and a
 * resident meet it: Cheltenham Borough Council's published land and assets registers (Open
 * Government Licence v3.0, see bundles/testdata/README.md) imported and published, a Scottish asset
 * transfer request and an English nomination taken through their steps with their statutory
 * deadlines, a resident's representation reaching the archive and search, bad input refused
 * with a 4xx, the pages in English and Welsh, and the module's data kept across its removal and
 * return. One runtime serves the whole class; the methods run in order and build on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssetsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "assets-it-admin-token-" + UUID.randomUUID();
    private static final String PASSWORD = "a long password for the assets test";
    private static final String REGISTER_2021 = "cheltenham_local_authority_land_and_assets_2021.csv";
    private static final String REGISTER_2023 = "cheltenham_local_authority_land_and_assets_2023.csv";
    /** Pittville Crescent gardens in both registers: a UPRN with a leading zero. */
    private static final String GARDENS_UPRN = "010000480247";
    private static final String GARDENS_CODE = "10/00022/LAND";
    /** Boots Fountain, High Street (2021 register, with National Grid coordinates). */
    private static final String FOUNTAIN_UPRN = "100121227680";
    private static final String FOUNTAIN_CODE = "14/00023/STRUC";
    /** A word no other test writes, to find the representation in search. */
    private static final String MARKER = "bandstandmarker" + Long.toString(System.nanoTime(), 36);

    private FolkmootProcess folkmoot;
    private String officerToken;
    private Session resident;
    private Session otherOfficer;
    private int assetsAfterImports;

    private record Session(String cookie, String csrf) {
    }

    // ---- setup ------------------------------------------------------------------------------

    @BeforeAll
    void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.writeConfig("org.folkmoot.platform.Files", "moduleMaxBytes=assets=" + DOCUMENT_LIMIT + "\n");
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", ADMIN));
        folkmoot.await("/api/assets/register", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        account("it-officer", "officer", "assets");
        account("it-resident", "resident", null);
        account("it-plans-officer", "officer", "plans");
        Session officer = login("it-officer");
        HttpResponse<String> token = send("POST", "/api/auth/tokens", "application/json", "{\"label\":\"assets-it\"}",
                "Cookie", officer.cookie(), "X-CSRF-Token", officer.csrf());
        assertEquals(200, token.statusCode(), token.body());
        officerToken = json(token).get("token").asText();
        resident = login("it-resident");
        otherOfficer = login("it-plans-officer");
    }

    @AfterAll
    void stop() throws Exception {
        if (folkmoot != null) {
            folkmoot.close();
        }
    }

    private void account(String id, String role, String module) throws Exception {
        String modules = module == null ? "[]" : "[\"" + module + "\"]";
        HttpResponse<String> r = send("POST", "/api/accounts", "application/json", "{\"id\":\"" + id + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"modules\":" + modules + "}", "Authorization", "Bearer " + ADMIN);
        assertEquals(201, r.statusCode(), r.body());
    }

    private Session login(String id) throws Exception {
        HttpResponse<String> r = send("POST", "/api/auth/login", "application/json",
                "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return new Session(cookie.substring(0, cookie.indexOf(';')), json(r).get("csrfToken").asText());
    }

    // ---- the register -----------------------------------------------------------------------

    @Test
    @Order(1)
    void anOfficerImportsCheltenhamsRegistersAndAnyoneReadsThemAsOpenData() throws Exception {
        byte[] csv2021 = TestData.gunzipped("council-assets/" + REGISTER_2021);
        assertFalse(new String(csv2021, StandardCharsets.UTF_8).equals(new String(csv2021, StandardCharsets.ISO_8859_1)),
                "the 2021 file is not plain ASCII (it is Windows-1252)");
        HttpResponse<String> first = importCsv(csv2021, officerToken);
        assertEquals(200, first.statusCode(), first.body());
        JsonNode report = json(first);
        assertEquals(498, report.get("imported").asInt(), first.body());
        assertEquals(494, report.get("created").asInt(), "four rows repeat an earlier UPRN and asset code");
        assertEquals(0, report.get("errors").size(), first.body());
        assertEquals(494, register().size());

        HttpResponse<String> again = importCsv(csv2021, officerToken);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, json(again).get("created").asInt(), "importing again updates, never duplicates");
        assertEquals(498, json(again).get("updated").asInt());
        assertEquals(494, register().size());

        // The 2023 file has other columns; 42 of its 459 assets were already there.
        HttpResponse<String> later = importCsv(TestData.gunzipped("council-assets/" + REGISTER_2023), officerToken);
        assertEquals(200, later.statusCode(), later.body());
        assertEquals(459, json(later).get("imported").asInt(), later.body());
        assertEquals(417, json(later).get("created").asInt(), later.body());
        assertEquals(42, json(later).get("updated").asInt(), later.body());
        JsonNode all = register();
        assertEquals(494 + 417, all.size());
        assetsAfterImports = all.size();

        JsonNode gardens = asset(all, GARDENS_UPRN, GARDENS_CODE);
        assertEquals(GARDENS_UPRN, gardens.get("uprn").asText(), "the UPRN keeps its leading zero");
        assertEquals("Freehold", gardens.get("tenureType").asText());
        assertEquals("BRITISH_NATIONAL_GRID", gardens.get("locationCrs").asText());
        JsonNode fountain = asset(all, FOUNTAIN_UPRN, FOUNTAIN_CODE);
        assertEquals("Freehold", fountain.get("tenureType").asText(),
                "the Windows-1252 no-break space after 'Freehold' in the 2021 file is not kept");
        assertEquals(51.9, fountain.get("latitude").asDouble(), 0.05);
        assertEquals(-2.08, fountain.get("longitude").asDouble(), 0.05);

        HttpResponse<String> csv = folkmoot.get("/api/assets/register?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        String[] lines = csv.body().split("\r?\n");
        assertTrue(lines[0].contains("UPRN") && lines[0].contains("AssetCode") && lines[0].contains("GeoX"), lines[0]);
        assertTrue(csv.body().contains(GARDENS_UPRN + "," + GARDENS_CODE), "the CSV keeps the leading zero too");

        assertEquals(400, problem(folkmoot.get("/api/assets/register?format=xml")).statusCode());
    }

    // ---- a Scottish asset transfer request ----------------------------------------------------

    @Test
    @Order(2)
    void aScottishRequestMovesToADecisionWithItsStatutoryDeadlines() throws Exception {
        String id = "ATR-IT-2025-001";
        HttpResponse<String> opened = officer("POST", "/api/assets/cases/requests", "{\"id\":\"" + id + "\",\"uprn\":\""
                + GARDENS_UPRN + "\",\"assetCode\":\"" + GARDENS_CODE + "\",\"land\":\"Pittville Crescent gardens\","
                + "\"communityBody\":\"Pittville Community Trust\",\"transferType\":\"LEASE\",\"date\":\"2025-08-28\"}");
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("SUBMITTED", json(opened).get("state").asText());

        // The land is locked against disposal to anyone else from the request on, and the register shows it.
        JsonNode locks = asset(register(), GARDENS_UPRN, GARDENS_CODE).get("disposalLocks");
        assertEquals(1, locks.size(), locks.toString());
        assertEquals(id, locks.get(0).get("caseId").asText());
        assertEquals("2025-08-28", locks.get(0).get("since").asText());
        assertTrue(folkmoot.get("/asset-transfers?q=Pittville").body().contains(id), "the register page shows the lock");

        // A step the state does not allow: 409, with a reason for the officer.
        HttpResponse<String> tooEarly = problem(step(id, "offer-submitted", "2025-08-29", null));
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        assertTrue(json(tooEarly).get("detail").asText().length() > 10, tooEarly.body());

        // Validated on 31 August: the decision is due 6 months after, on the last day of February.
        JsonNode validated = json(ok(step(id, "validated", "2025-08-31", null)));
        assertEquals("2026-02-28", deadline(validated, "decision").get("lastDay").asText());
        assertEquals("COUNCIL", deadline(validated, "decision").get("owedBy").asText());

        // Notices: representations run for at least 20 working days beginning with the notice.
        HttpResponse<String> tooShort = problem(step(id, "notices-given", "2025-09-01", Map.of("closingDate", "2025-09-25")));
        assertEquals(422, tooShort.statusCode(), tooShort.body());
        assertTrue(json(tooShort).get("detail").asText().contains("2025-09-26"), tooShort.body());
        ok(step(id, "notices-given", "2025-09-01", Map.of("closingDate", "2025-09-30")));
        ok(step(id, "comments-invited", "2025-10-01", null));
        ok(step(id, "assessment-started", "2025-10-20", null));

        // Refused on Monday 10 November 2025: 20 working days beginning with it for a review. St Andrew's Day
        // (Sunday 30 November) is kept on Monday 1 December, so the last day is Monday 8 December, not Friday 5.
        JsonNode refused = json(ok(step(id, "decision", "2025-11-10", Map.of("decision", "REFUSED"))));
        assertEquals("REFUSED", refused.get("state").asText());
        JsonNode review = deadline(refused, "review-application");
        assertEquals("2025-12-08", review.get("lastDay").asText(), refused.toString());
        assertEquals("COMMUNITY_BODY", review.get("owedBy").asText());

        // Anyone reads the case; the public timeline names no officer.
        HttpResponse<String> pub = folkmoot.get("/api/assets/cases/" + id);
        assertEquals(200, pub.statusCode());
        assertEquals(List.of("submitted", "validated", "notices-given", "comments-invited", "assessment-started", "decision"),
                steps(json(pub)));
        assertFalse(pub.body().contains("it-officer"), pub.body());
        // The officer's audit trail says who recorded each step.
        HttpResponse<String> audit = officer("GET", "/api/assets/cases/" + id + "/audit", null);
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().contains("it-officer"), audit.body());
        assertEquals(401, problem(folkmoot.get("/api/assets/cases/" + id + "/audit")).statusCode());

        // The review period ended long ago and no review was sought: the lock is gone from the asset.
        assertEquals(0, asset(register(), GARDENS_UPRN, GARDENS_CODE).get("disposalLocks").size());
        // A review now is out of time: refused with the date it was due by.
        HttpResponse<String> late = problem(step(id, "review-applied", LocalDate.now(UK).toString(), null));
        assertEquals(422, late.statusCode(), late.body());
        assertTrue(json(late).get("detail").asText().contains("2025-12-08"), late.body());
    }

    @Test
    @Order(3)
    void onlyTheModulesOfficersChangeCases() throws Exception {
        String body = "{\"step\":\"withdrawn\",\"date\":\"" + LocalDate.now(UK) + "\"}";
        String path = "/api/assets/cases/ATR-IT-2025-001/steps";
        HttpResponse<String> anonymous = problem(send("POST", path, "application/json", body));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> badToken = problem(send("POST", path, "application/json", body,
                "Authorization", "Bearer not-a-token"));
        assertEquals(401, badToken.statusCode());
        HttpResponse<String> asResident = problem(send("POST", path, "application/json", body,
                "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf()));
        assertEquals(403, asResident.statusCode(), asResident.body());
        HttpResponse<String> otherModule = problem(send("POST", path, "application/json", body,
                "Cookie", otherOfficer.cookie(), "X-CSRF-Token", otherOfficer.csrf()));
        assertEquals(403, otherModule.statusCode(), "an officer of another module: " + otherModule.body());
        HttpResponse<String> residentImport = problem(send("POST", "/api/assets/register/import", "text/csv",
                "UPRN,AssetCode\r\n1,A\r\n", "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf()));
        assertEquals(403, residentImport.statusCode());
        assertEquals(401, problem(importCsv("UPRN,AssetCode\r\n1,A\r\n".getBytes(StandardCharsets.UTF_8), null)).statusCode());
        assertEquals(401, problem(folkmoot.get("/api/assets/cases/deadlines")).statusCode());
        assertEquals("REFUSED", json(folkmoot.get("/api/assets/cases/ATR-IT-2025-001")).get("state").asText(),
                "no refused request changed the case");
        assertEquals(assetsAfterImports, register().size());
    }

    // ---- a resident's representation ----------------------------------------------------------

    @Test
    @Order(4)
    void aResidentsRepresentationReachesTheArchiveAndSearchRedactedOfContactDetails() throws Exception {
        LocalDate today = LocalDate.now(UK);
        String id = "ATR-IT-LIVE-1";
        ok(officer("POST", "/api/assets/cases/requests", "{\"id\":\"" + id + "\",\"uprn\":\"" + FOUNTAIN_UPRN
                + "\",\"assetCode\":\"" + FOUNTAIN_CODE + "\",\"land\":\"Boots Fountain\",\"communityBody\":\"High Street Trust\","
                + "\"transferType\":\"OWNERSHIP\",\"date\":\"" + today + "\"}"));
        String path = "/api/assets/representations/" + id;
        String text = "The " + MARKER + " fountain is where the market meets. Ring me on 07700 900123 or write to "
                + "rhian@example.org.";
        String representation = "{\"title\":\"Keep the fountain\",\"text\":\"" + text + "\",\"language\":\"en\"}";

        // Not yet: representations are taken while the notices run.
        HttpResponse<String> early = problem(send("POST", path, "application/json", representation,
                "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf()));
        assertEquals(409, early.statusCode(), early.body());

        ok(step(id, "validated", today.toString(), null));
        JsonNode notices = json(ok(step(id, "notices-given", today.toString(),
                Map.of("closingDate", today.plusDays(40).toString()))));
        assertEquals(today.plusDays(40).toString(), deadline(notices, "representations").get("lastDay").asText());

        assertEquals(401, problem(send("POST", path, "application/json", representation)).statusCode());
        HttpResponse<String> forged = problem(send("POST", path, "application/json", representation, "Cookie", resident.cookie()));
        assertEquals(403, forged.statusCode(), "a session request without its CSRF token is refused");
        HttpResponse<String> sent = send("POST", path, "application/json", representation,
                "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf());
        assertEquals(200, sent.statusCode(), sent.body());

        JsonNode published = json(folkmoot.get(path));
        assertEquals(1, published.size(), published.toString());
        String shown = published.get(0).get("text").asText();
        assertTrue(shown.contains(MARKER), shown);
        assertFalse(shown.contains("rhian@example.org") || shown.contains("07700 900123"), "contact details redacted: " + shown);

        // In the contribution archive, under the case, written by the resident's pseudonymous id.
        String export = folkmoot.get("/api/archive/export").body();
        String line = export.lines().filter(l -> l.contains(MARKER)).findFirst().orElseThrow(() -> new AssertionError(
                "the representation is not in the archive export"));
        JsonNode archived = JSON.readTree(line);
        assertEquals("assets", archived.get("module").asText(), line);
        assertEquals("representation", archived.get("kind").asText(), line);
        assertTrue(line.contains(id), line);
        // The author is the resident's pseudonym, never their sign-in name, anywhere in the public export.
        String author = json(send("GET", "/api/auth/me", null, null, "Cookie", resident.cookie())).get("author").asText();
        assertTrue(author.matches("u-[a-z2-7]{26}"), author);
        assertEquals(author, archived.get("author").asText(), line);
        assertFalse(export.contains("it-resident"), "no sign-in name in the export");
        // Where it was said: the case page, for anyone reading the export.
        assertEquals("/asset-transfers/cases/" + id, archived.get("link").asText(), line);
        assertEquals("/asset-transfers/cases/" + id, archived.get("page").asText(), line);

        // And so in search, when the search module runs (it ships enabled).
        if (folkmoot.get("/api/search?q=fountain").statusCode() != 404) {
            Duration found = folkmoot.await("/api/search?q=" + MARKER,
                    r -> r.statusCode() == 200 && hits(r) > 0, Duration.ofSeconds(10));
            JsonNode hit = json(folkmoot.get("/api/search?q=" + MARKER)).get("hits").get(0);
            assertEquals("assets", hit.get("module").asText(), hit.toString());
            assertFalse(hit.toString().contains("rhian@example.org"), "search shows no email: " + hit);
            // The hit sends a person to the case page, not to the archive's JSON; the page is there.
            assertEquals("/asset-transfers/cases/" + id, hit.get("url").asText(), hit.toString());
            HttpResponse<String> casePage = folkmoot.get(hit.get("url").asText());
            assertEquals(200, casePage.statusCode());
            assertTrue(casePage.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(casePage.body().contains("Boots Fountain"), "the case page shows the case");
            // A facet offers the asset the case is about (the case's parent), by the register's name.
            JsonNode parents = json(folkmoot.get("/api/search?q=" + MARKER)).get("facets").get("parent");
            assertEquals(1, parents.size(), parents.toString());
            assertEquals("asset/" + FOUNTAIN_UPRN + "/" + FOUNTAIN_CODE, parents.get(0).get("value").asText(), parents.toString());
            System.out.println("representation found in search after " + found.toMillis() + " ms");
        }

        // The officer's dashboard has the representations closing date.
        HttpResponse<String> board = officer("GET", "/api/assets/cases/deadlines?days=60", null);
        assertEquals(200, board.statusCode(), board.body());
        assertTrue(board.body().contains(id) && board.body().contains("representations"), board.body());
    }

    // ---- an English nomination ----------------------------------------------------------------

    @Test
    @Order(5)
    void anEnglishNominationIsListedAndPublishedInPlanningDataFields() throws Exception {
        String id = "ACV-IT-2026-004";
        String nomination = "{\"id\":\"%s\",\"uprn\":\"" + FOUNTAIN_UPRN + "\",\"assetCode\":\"" + FOUNTAIN_CODE
                + "\",\"land\":\"Boots Fountain\",\"name\":\"Boots Fountain\",\"address\":\"High Street, Cheltenham GL50 4JE\","
                + "\"nominator\":\"Friends of the Fountain\",\"nominatorKind\":\"UNINCORPORATED_BODY\",\"members\":%d,"
                + "\"localConnection\":true,\"date\":\"2026-09-01\"}";
        // An unincorporated body needs at least 21 members.
        HttpResponse<String> tooFew = problem(officer("POST", "/api/assets/cases/nominations",
                String.format(nomination, "ACV-IT-FEW", 12)));
        assertEquals(422, tooFew.statusCode(), tooFew.body());
        assertEquals(404, problem(folkmoot.get("/api/assets/cases/ACV-IT-FEW")).statusCode(), "nothing was stored");

        JsonNode nominated = json(ok(officer("POST", "/api/assets/cases/nominations", String.format(nomination, id, 25))));
        assertEquals("NOMINATED", nominated.get("state").asText());
        assertEquals("2026-10-26", deadline(nominated, "nomination-decision").get("lastDay").asText(),
                "8 weeks beginning with the day the nomination was received");
        HttpResponse<String> duplicate = problem(officer("POST", "/api/assets/cases/nominations",
                String.format(nomination, id, 25)));
        assertEquals(409, duplicate.statusCode(), duplicate.body());

        JsonNode listed = json(ok(step(id, "listed", "2026-10-20", null)));
        assertEquals("LISTED", listed.get("state").asText());

        HttpResponse<String> csv = folkmoot.get("/api/assets/cases/community-value-list?format=csv&organisation="
                + URLEncoder.encode("local-authority:CHT", StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> rows = csv.body().lines().toList();
        assertEquals("reference,name,address-text,point,organisation,nomination-date,nominating-group,decision,decision-date,"
                + "expiry-date,notification-to-sell-date,interested-group,protected-period-start-date,notes,start-date,end-date",
                rows.get(0));
        String row = rows.stream().filter(r -> r.startsWith(id + ",")).findFirst().orElseThrow(() -> new AssertionError(csv.body()));
        assertTrue(row.contains("local-authority:CHT,2026-09-01,Friends of the Fountain,listed,2026-10-20,"), row);
        assertTrue(row.matches(".*POINT ?\\(-2\\.0[0-9]+ 51\\.8[0-9]+\\).*|.*POINT ?\\(-2\\.0[0-9]+ 51\\.9[0-9]+\\).*"),
                "the point is WGS84 longitude and latitude converted from the National Grid: " + row);
        JsonNode json = json(folkmoot.get("/api/assets/cases/community-value-list?organisation=local-authority:CHT"));
        JsonNode entry = null;
        for (JsonNode n : json) {
            if (id.equals(n.get("reference").asText())) {
                entry = n;
            }
        }
        assertTrue(entry != null, json.toString());
        assertEquals("listed", entry.get("decision").asText());
        assertTrue(entry.get("expiry-date").asText().startsWith("2031-10-"), entry.toString());
    }

    // ---- bad input ----------------------------------------------------------------------------

    @Test
    @Order(6)
    void badInputIsAClear4xxNeverA500() throws Exception {
        String requests = "/api/assets/cases/requests";
        String steps = "/api/assets/cases/ATR-IT-LIVE-1/steps";
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(officer("POST", requests, "{\"id\":\"ATR-BAD\",\"uprn\":"));
        answers.add(officer("POST", requests, "[1,2,3]"));
        answers.add(officer("POST", requests, "{\"id\":\"ATR-BAD\",\"land\":\"x\",\"communityBody\":\"y\","
                + "\"transferType\":\"LEASE\",\"date\":\"2025-02-30\"}"));
        answers.add(officer("POST", requests, "{\"id\":\"ATR-BAD\",\"land\":\"x\",\"communityBody\":\"y\","
                + "\"transferType\":\"LEASE\",\"date\":\"next tuesday\"}"));
        answers.add(officer("POST", requests, "{\"id\":\"ATR-BAD\",\"land\":\"x\",\"communityBody\":\"y\","
                + "\"transferType\":\"A CASTLE\",\"date\":\"2025-02-03\"}"));
        answers.add(officer("POST", requests, "{\"id\":\"ATR-BAD\",\"land\":\"x\",\"communityBody\":\"y\","
                + "\"transferType\":\"LEASE\",\"date\":\"" + LocalDate.now(UK).plusDays(3) + "\"}"));
        answers.add(officer("POST", requests, "{\"id\":\"ATR-BAD\",\"land\":\"x\",\"transferType\":\"LEASE\"}"));
        answers.add(officer("POST", "/api/assets/cases/nominations", "{\"id\":\"ACV-BAD\",\"land\":\"x\",\"name\":\"n\","
                + "\"nominator\":\"f\",\"nominatorKind\":\"PARISH_COUNCIL\",\"members\":\"many\",\"date\":\"2026-09-01\"}"));
        answers.add(officer("POST", steps, "{\"step\":\"notices-given\",\"date\":\"2026-11-02\",\"args\":[1,2]}"));
        answers.add(officer("POST", steps, "{\"step\":\"decision\",\"date\":\"" + LocalDate.now(UK)
                + "\",\"args\":{\"decision\":\"MAYBE\"}}"));
        answers.add(officer("POST", steps, "{\"step\":\"fly-to-the-moon\",\"date\":\"" + LocalDate.now(UK) + "\"}"));
        answers.add(officer("POST", steps, "{\"date\":\"2026-11-02\"}"));
        answers.add(officer("POST", steps, ""));
        answers.add(officer("POST", "/api/assets/cases/NO-SUCH-CASE/steps", "{\"step\":\"validated\",\"date\":\"2026-11-02\"}"));
        answers.add(folkmoot.get("/api/assets/cases/NO-SUCH-CASE"));
        answers.add(folkmoot.get("/api/assets/representations/NO-SUCH-CASE"));
        answers.add(folkmoot.get("/api/assets/cases/community-value-list?format=pdf"));
        answers.add(officer("GET", "/api/assets/cases/deadlines?days=9999", null));
        answers.add(officer("GET", "/api/assets/cases/deadlines?party=mayor", null));
        answers.add(send("POST", "/api/assets/representations/ATR-IT-LIVE-1", "application/json", "{\"text\":\"\"}",
                "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf()));
        answers.add(send("POST", "/api/assets/representations/ATR-IT-LIVE-1", "application/json",
                "{\"text\":\"Hello\",\"language\":\"xx\"}", "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf()));
        answers.add(folkmoot.get("/api/assets/cases/community-value-list?organisation=%3Cscript%3E"));
        answers.add(send("POST", "/api/assets/representations/ATR-IT-LIVE-1", "application/json", "{\"text\":",
                "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf()));
        // Not a register: a PNG, JSON sent as a CSV, an empty body, JSON as JSON.
        answers.add(importCsv(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, officerToken));
        answers.add(importCsv("{\"UPRN\":\"010000480247\"}".getBytes(StandardCharsets.UTF_8), officerToken));
        answers.add(importCsv(new byte[0], officerToken));
        answers.add(send("POST", "/api/assets/register/import", "application/json", "{\"UPRN\":\"1\"}",
                "Authorization", "Bearer " + officerToken));
        // Longer than the store holds: the officer's error, not the database's.
        answers.add(officer("POST", requests, "{\"id\":\"ATR-" + "9".repeat(40) + "\",\"land\":\"x\",\"communityBody\":\"y\","
                + "\"transferType\":\"LEASE\",\"date\":\"2025-02-03\"}"));
        answers.add(officer("POST", steps, "{\"step\":\"decision-period-extended\",\"date\":\"" + LocalDate.now(UK)
                + "\",\"note\":\"" + "n".repeat(5000) + "\",\"args\":{\"newLastDay\":\"" + LocalDate.now(UK).plusYears(1) + "\"}}"));
        for (HttpResponse<String> a : answers) {
            String what = a.request().method() + " " + a.request().uri() + " -> " + a.statusCode() + " " + a.body();
            assertTrue(a.statusCode() >= 400 && a.statusCode() < 500, what);
            assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
            assertTrue(a.body().contains("\"status\":" + a.statusCode()), what);
        }
        assertEquals(404, folkmoot.get("/api/assets/cases/ATR-BAD").statusCode(), "no refused request opened a case");

        // A row too long for the register is that row's error; the import answers 200 with it.
        HttpResponse<String> longRow = importCsv(("UPRN,AssetCode,PostCode\r\n999999999999,IT/LONG,GL50 1AA GL50 1AA GL50\r\n")
                .getBytes(StandardCharsets.UTF_8), officerToken);
        assertEquals(200, longRow.statusCode(), longRow.body());
        assertEquals(0, json(longRow).get("imported").asInt());
        assertEquals(2, json(longRow).get("errors").get(0).get("line").asInt(), longRow.body());

        // A request for land that is not in the register (described only) locks nothing in the register,
        // and the register still answers.
        ok(officer("POST", requests, "{\"id\":\"ATR-IT-UNREGISTERED\",\"land\":\"The old bowling green behind the library\","
                + "\"communityBody\":\"Bowls Club\",\"transferType\":\"LEASE\",\"date\":\"" + LocalDate.now(UK) + "\"}"));
        assertTrue(json(folkmoot.get("/api/assets/cases/ATR-IT-UNREGISTERED")).get("disposalLock").has("since"));
        assertEquals(200, folkmoot.get("/asset-transfers").statusCode());
        assertEquals(assetsAfterImports, register().size(), "no refused import changed the register");
        assertEquals("NOTICES_AND_REPRESENTATIONS", json(folkmoot.get("/api/assets/cases/ATR-IT-LIVE-1")).get("state").asText());
    }

    // ---- officers' forms, without JavaScript ----------------------------------------------------

    @Test
    @Order(7)
    void anOfficerRecordsARequestAndItsStepsWithPlainFormsInEnglishAndWelsh() throws Exception {
        Session officer = login("it-officer");
        String today = LocalDate.now(UK).toString();
        String uprn = "010000480320";
        String code = "09/04861/LAND";

        // From the register, signed in: a link to record a request for the asset, prefilled.
        String register = folkmoot.get("/asset-transfers?q=" + uprn, "Cookie", officer.cookie()).body();
        assertTrue(register.contains("/asset-transfers/new-request?uprn=" + uprn), register);
        HttpResponse<String> blank = folkmoot.get("/asset-transfers/new-request?uprn=" + uprn + "&assetCode="
                + URLEncoder.encode(code, StandardCharsets.UTF_8), "Cookie", officer.cookie());
        assertEquals(200, blank.statusCode(), blank.body());
        assertTrue(blank.body().contains("name=\"_csrf\" value=\"" + officer.csrf() + "\""), "the form carries the CSRF token");
        assertTrue(blank.body().contains("value=\"" + uprn + "\""), "prefilled with the UPRN, leading zero kept");

        Map<String, String> request = new java.util.LinkedHashMap<>(Map.of("_csrf", officer.csrf(), "id", "ATR-IT-FORM-1",
                "uprn", uprn, "assetCode", code, "land", "Rose and Crown Passage", "communityBody", "Cymdeithas Tŷ'r Goron",
                "transferType", "OTHER_RIGHTS", "authority", "LOCAL_AUTHORITY", "date", today, "note", "Daeth drwy’r post"));
        HttpResponse<String> recorded = form("/asset-transfers/new-request", request, officer);
        assertEquals(303, recorded.statusCode(), recorded.body());
        String location = recorded.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/asset-transfers/cases/ATR-IT-FORM-1?saved=submitted"), location);
        String casePage = folkmoot.get("/asset-transfers/cases/ATR-IT-FORM-1?saved=submitted", "Cookie", officer.cookie()).body();
        assertTrue(casePage.contains("Recorded: Request received"), casePage);
        assertTrue(casePage.contains("Cymdeithas Tŷ&#39;r Goron") || casePage.contains("Cymdeithas Tŷ&#x27;r Goron"),
                "UTF-8 form fields arrive intact: " + casePage);
        assertEquals(1, asset(register(), uprn, code).get("disposalLocks").size(), "the land is locked");

        // The same reference again: the form comes back with the reason, and nothing changes.
        HttpResponse<String> twice = form("/asset-transfers/new-request", request, officer);
        assertEquals(409, twice.statusCode());
        assertTrue(twice.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(twice.body().contains("govuk-error-summary") && twice.body().contains("already exists"), twice.body());

        // Steps from the case page, in Welsh: validated, then a closing date too soon, then the right one.
        HttpResponse<String> validated = form("/asset-transfers/cases/ATR-IT-FORM-1/steps?lang=cy",
                Map.of("_csrf", officer.csrf(), "step", "validated", "date", today), officer);
        assertEquals(303, validated.statusCode(), validated.body());
        String welsh = validated.headers().firstValue("Location").orElseThrow();
        assertTrue(welsh.contains("saved=validated") && welsh.contains("lang=cy"), welsh);
        String cy = folkmoot.get("/asset-transfers/cases/ATR-IT-FORM-1?saved=validated&lang=cy", "Cookie", officer.cookie()).body();
        assertTrue(cy.contains("<html lang=\"cy\"") && cy.contains("Wedi’i gofnodi: Cais wedi’i ddilysu"), cy);
        assertTrue(cy.contains("value=\"notices-given\""), "the next steps are offered");

        HttpResponse<String> tooSoon = form("/asset-transfers/cases/ATR-IT-FORM-1/steps",
                Map.of("_csrf", officer.csrf(), "step", "notices-given", "date", today, "closingDate", today), officer);
        assertEquals(422, tooSoon.statusCode(), tooSoon.body());
        assertTrue(tooSoon.body().contains("There is a problem") && tooSoon.body().contains("id=\"step-notices-given\" open"),
                tooSoon.body());
        // The same refusal on the Welsh page: the domain's sentence in Welsh, its date in Welsh words.
        HttpResponse<String> tooSoonCy = form("/asset-transfers/cases/ATR-IT-FORM-1/steps?lang=cy",
                Map.of("_csrf", officer.csrf(), "step", "notices-given", "date", today, "closingDate", today), officer);
        assertEquals(422, tooSoonCy.statusCode(), tooSoonCy.body());
        assertTrue(tooSoonCy.body().contains("Rhaid caniatáu sylwadau am o leiaf 20 diwrnod gwaith gan ddechrau â dyddiad yr hysbysiad")
                && !tooSoonCy.body().contains("Representations must"), tooSoonCy.body());
        HttpResponse<String> badDate = form("/asset-transfers/cases/ATR-IT-FORM-1/steps",
                Map.of("_csrf", officer.csrf(), "step", "notices-given", "date", "2025-02-30"), officer);
        assertEquals(422, badDate.statusCode(), badDate.body());
        HttpResponse<String> notices = form("/asset-transfers/cases/ATR-IT-FORM-1/steps", Map.of("_csrf", officer.csrf(),
                "step", "notices-given", "date", today, "closingDate", LocalDate.now(UK).plusDays(45).toString()), officer);
        assertEquals(303, notices.statusCode(), notices.body());
        JsonNode c = json(folkmoot.get("/api/assets/cases/ATR-IT-FORM-1"));
        assertEquals("NOTICES_AND_REPRESENTATIONS", c.get("state").asText());
        assertEquals(LocalDate.now(UK).plusDays(45).toString(), deadline(c, "representations").get("lastDay").asText());
        assertTrue(officer("GET", "/api/assets/cases/ATR-IT-FORM-1/audit", null).body().contains("Daeth drwy’r post"),
                "the officer's note is in the audit trail");

        // An English nomination from its form: an ineligible body is refused in place, an eligible one recorded.
        Map<String, String> nomination = new java.util.HashMap<>(Map.of("_csrf", officer.csrf(), "id", "ACV-IT-FORM-1",
                "uprn", uprn, "assetCode", code, "land", "Rose and Crown Passage", "name", "Rose and Crown Passage",
                "nominator", "Friends of the Passage", "nominatorKind", "UNINCORPORATED_BODY", "members", "20", "date", today));
        nomination.put("localConnection", "true");
        HttpResponse<String> tooFew = form("/asset-transfers/new-nomination", nomination, officer);
        assertEquals(422, tooFew.statusCode(), tooFew.body());
        assertTrue(tooFew.body().contains("at least 21") && tooFew.body().contains("value=\"Friends of the Passage\""),
                tooFew.body());
        nomination.put("members", "21");
        HttpResponse<String> nominated = form("/asset-transfers/new-nomination?lang=cy", nomination, officer);
        assertEquals(303, nominated.statusCode(), nominated.body());
        String acvPage = folkmoot.get(pathOf(nominated.headers().firstValue("Location").orElseThrow()), "Cookie", officer.cookie()).body();
        assertTrue(acvPage.contains("Wedi’i gofnodi: Enwebiad wedi’i dderbyn") && acvPage.contains("value=\"listed\""), acvPage);
        assertEquals("NOMINATED", json(folkmoot.get("/api/assets/cases/ACV-IT-FORM-1")).get("state").asText());

        // Without the CSRF token, as a resident, or signed out: refused, and the case is unchanged.
        Map<String, String> withdraw = Map.of("step", "withdrawn", "date", today);
        assertEquals(403, form("/asset-transfers/cases/ATR-IT-FORM-1/steps", withdraw, officer).statusCode());
        Map<String, String> residentWithdraw = new java.util.HashMap<>(withdraw);
        residentWithdraw.put("_csrf", resident.csrf());
        assertEquals(403, form("/asset-transfers/cases/ATR-IT-FORM-1/steps", residentWithdraw, resident).statusCode());
        assertEquals(401, form("/asset-transfers/cases/ATR-IT-FORM-1/steps", withdraw, null).statusCode());
        assertEquals(403, folkmoot.get("/asset-transfers/new-request", "Cookie", resident.cookie()).statusCode());
        String residentsView = folkmoot.get("/asset-transfers/cases/ATR-IT-FORM-1", "Cookie", resident.cookie()).body();
        assertFalse(residentsView.contains("/steps\""), "a resident sees no officer's form");
        assertTrue(residentsView.contains("id=\"representation-form\""), "but may make a representation while the notices run");
        assertEquals("NOTICES_AND_REPRESENTATIONS", json(folkmoot.get("/api/assets/cases/ATR-IT-FORM-1")).get("state").asText());
    }

    @Test
    @Order(8)
    void aResidentSignedInThroughTheLoginPageMakesARepresentationFromTheCasePage() throws Exception {
        String today = LocalDate.now(UK).toString();
        String id = "ATR-IT-PAGE-1";
        String casePath = "/asset-transfers/cases/" + id;
        ok(officer("POST", "/api/assets/cases/requests", "{\"id\":\"" + id + "\",\"uprn\":\"\",\"assetCode\":\"IT-PAGE-1\","
                + "\"land\":\"Montpellier bandstand\",\"communityBody\":\"Bandstand Friends\",\"transferType\":\"LEASE\","
                + "\"date\":\"" + today + "\"}"));
        ok(step(id, "validated", today, null));
        ok(step(id, "notices-given", today, Map.of("closingDate", LocalDate.now(UK).plusDays(40).toString())));

        // A refusal from the JSON API: English, or Welsh when asked for.
        HttpResponse<String> wrong = problem(officer("POST", "/api/assets/cases/" + id + "/steps",
                "{\"step\":\"validated\",\"date\":\"" + today + "\"}"));
        assertEquals(409, wrong.statusCode());
        assertTrue(wrong.body().contains("Cannot validate the request: the asset transfer request " + id), wrong.body());
        HttpResponse<String> wrongCy = problem(officer("POST", "/api/assets/cases/" + id + "/steps?lang=cy",
                "{\"step\":\"validated\",\"date\":\"" + today + "\"}"));
        assertEquals(409, wrongCy.statusCode());
        assertTrue(wrongCy.body().contains("Ni ellir cofnodi’r cam hwn: statws achos " + id), wrongCy.body());

        // Signed out: a link to sign in that comes back here.
        String signedOut = folkmoot.get(casePath).body();
        assertTrue(signedOut.contains("href=\"/login?next=%2Fasset-transfers%2Fcases%2F" + id + "\"")
                && signedOut.contains("Sign in to make a representation"), signedOut);
        assertFalse(signedOut.contains("id=\"representation-form\""));

        // Through the sign-in page, as a person does: its form, its token, back to the case page.
        HttpResponse<String> loginPage = folkmoot.get("/login?next=" + URLEncoder.encode(casePath, StandardCharsets.UTF_8));
        String loginCookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> signedIn = send("POST", "/login", "application/x-www-form-urlencoded",
                "username=it-resident&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&next=" + URLEncoder.encode(casePath, StandardCharsets.UTF_8)
                + "&_csrf=" + hiddenCsrf(loginPage.body()), "Cookie", loginCookie.substring(0, loginCookie.indexOf(';')));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertEquals(casePath, pathOf(signedIn.headers().firstValue("Location").orElseThrow()));
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        Session session = new Session(cookie.substring(0, cookie.indexOf(';')), "");
        String page = folkmoot.get(casePath, "Cookie", session.cookie()).body();
        assertTrue(page.contains("id=\"representation-form\""), page);
        String csrf = hiddenCsrf(page);

        // An empty text: the form again with the error beside the text, nothing stored.
        HttpResponse<String> empty = form(casePath + "/representations", Map.of("_csrf", csrf, "title", "Bandstand",
                "text", "", "language", "en"), session);
        assertEquals(422, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("<p id=\"representation-text-error\" class=\"govuk-error-message\">")
                && empty.body().contains("A representation needs some text."), empty.body());
        assertTrue(empty.body().contains("value=\"Bandstand\""), "what was typed is kept");
        assertEquals(0, json(folkmoot.get("/api/assets/representations/" + id)).size());
        assertEquals(403, form(casePath + "/representations", Map.of("text", "No token", "language", "en"), session).statusCode(),
                "a session's form needs its CSRF token");

        HttpResponse<String> made = form(casePath + "/representations?lang=cy", Map.of("_csrf", csrf, "title", "Y bandstand",
                "text", "Rydym yn cynnal cyngherddau yma bob haf. E-bost: cerys@example.org", "language", "cy"), session);
        assertEquals(303, made.statusCode(), made.body());
        String back = pathOf(made.headers().firstValue("Location").orElseThrow());
        assertEquals(casePath + "?saved=representation&lang=cy", back);
        String listed = folkmoot.get(back, "Cookie", session.cookie()).body();
        assertTrue(listed.contains("govuk-notification-banner--success"), listed);
        assertTrue(listed.contains("Rydym yn cynnal cyngherddau yma bob haf.") && !listed.contains("cerys@example.org"),
                "listed, redacted: " + listed);
        assertTrue(folkmoot.get(casePath).body().contains("Rydym yn cynnal cyngherddau"), "published to everyone");
        JsonNode stored = json(folkmoot.get("/api/assets/representations/" + id));
        assertEquals(1, stored.size());
        assertEquals("cy", stored.get(0).get("language").asText());
    }

    /** The value of a page's hidden {@code _csrf} field. */
    private static String hiddenCsrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    /** The path and query of a Location header, absolute or not. */
    private static String pathOf(String location) {
        java.net.URI u = java.net.URI.create(location);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private HttpResponse<String> form(String path, Map<String, String> fields, Session session) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return session == null ? send("POST", path, "application/x-www-form-urlencoded", body.toString())
                : send("POST", path, "application/x-www-form-urlencoded", body.toString(), "Cookie", session.cookie());
    }

    // ---- pages --------------------------------------------------------------------------------

    @Test
    @Order(8)
    void thePagesAnswerInEnglishAndWelsh() throws Exception {
        for (String path : List.of("/asset-transfers", "/asset-transfers?lang=cy", "/asset-transfers/cases/ATR-IT-2025-001",
                "/asset-transfers/cases/ATR-IT-2025-001?lang=cy", "/asset-transfers?q=Pittville")) {
            HttpResponse<String> page = folkmoot.get(path);
            assertEquals(200, page.statusCode(), path + ": " + page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(page.body().contains("<html"), path);
        }
        String english = folkmoot.get("/asset-transfers").body();
        String welsh = folkmoot.get("/asset-transfers?lang=cy").body();
        assertTrue(welsh.contains("<html lang=\"cy\""), "the Welsh page says it is Welsh");
        assertTrue(english.contains("<html lang=\"en\""), "the English page says it is English");
        assertFalse(english.equals(welsh));
        assertTrue(folkmoot.get("/asset-transfers/cases/ATR-IT-2025-001").body().contains("2025-12-08")
                || folkmoot.get("/asset-transfers/cases/ATR-IT-2025-001").body().contains("8 December 2025"),
                "the case page shows the review deadline");
        HttpResponse<String> dashboard = folkmoot.get("/asset-transfers/dashboard?days=60", "Authorization", "Bearer " + officerToken);
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        assertTrue(dashboard.body().contains("ATR-IT-LIVE-1"), "the dashboard lists the open case's deadlines");
        assertEquals(401, folkmoot.get("/asset-transfers/dashboard").statusCode(), "the dashboard is for officers");
        assertEquals(404, folkmoot.get("/asset-transfers/cases/NO-SUCH-CASE").statusCode());
    }

    // ---- a case's documents, through the platform's files service ---------------------------

    private static final int DOCUMENT_LIMIT = 1 << 20;

    @Test
    @Order(8)
    void aCasesDocumentsAreCheckedByContentHeldToTheModulesLimitAndServedSafely() throws Exception {
        String docs = "/api/assets/documents/ATR-IT-LIVE-1";
        byte[] pdf = new byte[300_000];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        new java.util.Random(7).nextBytes(pdf);
        System.arraycopy(head, 0, pdf, 0, head.length);
        HttpResponse<String> stored = upload(docs + "?published=true&name=" + URLEncoder.encode("Pecyn tystiolaeth – Ffynnon.pdf",
                StandardCharsets.UTF_8), pdf, officerToken);
        assertEquals(201, stored.statusCode(), stored.body());
        JsonNode doc = json(stored);
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)),
                doc.get("sha256").asText());

        HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(folkmoot.uri(doc.get("url").asText())).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, download.body()), "the bytes come back as sent");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("attachment; filename=\"Pecyn tystiolaeth _ Ffynnon.pdf\"; filename*=UTF-8''Pecyn%20tystiolaeth%20%E2%80%93%20Ffynnon.pdf",
                download.headers().firstValue("Content-Disposition").orElse(""));

        // Kept for officers: no one else downloads it.
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        JsonNode internal = json(upload(docs + "?name=site-plan.png", png, officerToken));
        String internalUrl = internal.get("url").asText();
        assertEquals(401, folkmoot.get(internalUrl).statusCode());
        assertEquals(403, folkmoot.get(internalUrl, "Cookie", otherOfficer.cookie()).statusCode(), "an officer of another module");
        assertEquals(200, folkmoot.get(internalUrl, "Authorization", "Bearer " + officerToken).statusCode());
        assertEquals(1, json(folkmoot.get(docs)).size(), "the public list shows the published document only");
        assertEquals(2, json(folkmoot.get(docs, "Authorization", "Bearer " + officerToken)).size());

        // By content, not by name; within the module's limit; nothing half-written.
        assertEquals(415, problem(upload(docs + "?name=photo.png", pdf, officerToken)).statusCode(), "a PDF named .png");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertEquals(415, problem(upload(docs + "?name=report.pdf", exe, officerToken)).statusCode(), "a program named .pdf");
        byte[] tooLarge = java.util.Arrays.copyOf(pdf, DOCUMENT_LIMIT + 1);
        HttpResponse<String> over = problem(upload(docs + "?name=huge.pdf", tooLarge, officerToken));
        assertEquals(413, over.statusCode(), over.body());
        assertEquals(403, upload(docs + "?name=mine.pdf", pdf, null).statusCode(), "a resident does not upload here");
        assertEquals(2, json(folkmoot.get(docs, "Authorization", "Bearer " + officerToken)).size(), "no refused file was stored");
    }

    private HttpResponse<String> upload(String path, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return token == null ? folkmoot.send(b, "Cookie", resident.cookie(), "X-CSRF-Token", resident.csrf())
                : folkmoot.send(b, "Authorization", "Bearer " + token);
    }

    // ---- removal and return -------------------------------------------------------------------

    @Test
    @Order(9)
    void theModulesDataSurvivesItsRemovalAndReturn() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(folkmoot.home().resolve("deploy"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("assets-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the assets module is not in deploy/"));
        }
        Path saved = Files.createDirectories(folkmoot.home().resolve("saved")).resolve(jar.getFileName());
        Files.copy(jar, saved, StandardCopyOption.REPLACE_EXISTING);
        String before = folkmoot.get("/api/assets/cases/ATR-IT-2025-001").body();

        folkmoot.undeploy(jar.getFileName().toString());
        Duration gone = folkmoot.await("/api/assets/register", r -> r.statusCode() == 404, Duration.ofSeconds(10));
        assertEquals(404, folkmoot.get("/asset-transfers").statusCode());
        assertEquals(200, folkmoot.get("/health").statusCode());
        assertTrue(folkmoot.get("/api/archive/export").body().contains(MARKER), "the representation stays in the archive");

        folkmoot.deploy(saved);
        Duration back = folkmoot.await("/api/assets/register", r -> r.statusCode() == 200, Duration.ofSeconds(20));
        System.out.printf("assets module gone after %d ms, back after %d ms%n", gone.toMillis(), back.toMillis());
        assertEquals(assetsAfterImports, register().size());
        assertEquals(before, folkmoot.get("/api/assets/cases/ATR-IT-2025-001").body(), "the case comes back as it was");
        assertEquals(1, json(folkmoot.get("/api/assets/representations/ATR-IT-LIVE-1")).size());
        // And it still takes steps.
        ok(step("ATR-IT-LIVE-1", "decision-period-extended", LocalDate.now(UK).toString(),
                Map.of("newLastDay", LocalDate.now(UK).plusMonths(8).toString())));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return folkmoot.send(b, headers);
    }

    private HttpResponse<String> officer(String method, String path, String jsonBody) {
        return send(method, path, jsonBody == null ? null : "application/json", jsonBody, "Authorization", "Bearer " + officerToken);
    }

    private HttpResponse<String> step(String caseId, String step, String date, Map<String, String> args) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("step", step);
        body.put("date", date);
        if (args != null) {
            body.put("args", args);
        }
        return officer("POST", "/api/assets/cases/" + caseId + "/steps", JSON.writeValueAsString(body));
    }

    // ---- another council's register: positions in the reference system it names ----------------

    @Test
    @Order(10)
    void positionsGivenInWgs84OrOsgb36LandInTheSamePlaceAndABadRowKeepsTheRest() throws Exception {
        // Caister water tower (Ordnance Survey's worked example) in both systems, with the newer
        // registers' columns; one row names a system the Transparency Code does not allow.
        String csv = String.join("\r\n",
                "Organisation,OrganisationLabel,UPRN,AssetCode,PropertyName,CoordinateReferenceSystem,GeoX,GeoY,"
                        + "EffectiveDate,BuildingSize,LandArea,EnergyRating",
                "Great Yarmouth Borough Council,E07000145,900000000001,CRS-GRID,Water tower,OSGB36,651409.903,313177.270,"
                        + "2024-04-01,120,0.1,C",
                "Great Yarmouth Borough Council,E07000145,900000000002,CRS-WGS84,Water tower,WGS84,1.716053,52.657978,"
                        + "2024-04-01,,,",
                "Great Yarmouth Borough Council,E07000145,900000000003,CRS-BAD,Somewhere,EPSG:3857,190000,6900000,,,,", "");
        HttpResponse<String> imported = importCsv(csv.getBytes(StandardCharsets.UTF_8), officerToken);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, json(imported).get("imported").asInt(), imported.body());
        assertTrue(imported.body().contains("CoordinateReferenceSystem 'EPSG:3857'"), imported.body());
        JsonNode grid = null;
        JsonNode degrees = null;
        for (JsonNode asset : register()) {
            String code = asset.get("assetCode").asText();
            grid = code.equals("CRS-GRID") ? asset : grid;
            degrees = code.equals("CRS-WGS84") ? asset : degrees;
        }
        assertEquals(52.657978, degrees.get("latitude").asDouble(), 1e-6);
        assertEquals(grid.get("latitude").asDouble(), degrees.get("latitude").asDouble(), 0.0001, grid.toString());
        assertEquals(grid.get("longitude").asDouble(), degrees.get("longitude").asDouble(), 0.00015, grid.toString());
    }

    private HttpResponse<String> importCsv(byte[] csv, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri("/api/assets/register/import"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return folkmoot.send(b);
    }

    private JsonNode register() throws Exception {
        HttpResponse<String> r = folkmoot.get("/api/assets/register");
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static JsonNode asset(JsonNode register, String uprn, String code) {
        for (JsonNode a : register) {
            if (uprn.equals(a.get("uprn").asText()) && code.equals(a.get("assetCode").asText())) {
                return a;
            }
        }
        throw new AssertionError("no asset " + uprn + " " + code + " in the register");
    }

    private static JsonNode deadline(JsonNode caseView, String key) {
        for (JsonNode d : caseView.get("deadlines")) {
            if (key.equals(d.get("key").asText())) {
                return d;
            }
        }
        throw new AssertionError("no deadline " + key + " in " + caseView);
    }

    private static List<String> steps(JsonNode caseView) {
        List<String> out = new ArrayList<>();
        caseView.get("timeline").forEach(e -> out.add(e.get("step").asText()));
        return out;
    }

    private static int hits(HttpResponse<String> r) {
        try {
            return json(r).get("hits").size();
        } catch (Exception notJson) {
            return 0;
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
