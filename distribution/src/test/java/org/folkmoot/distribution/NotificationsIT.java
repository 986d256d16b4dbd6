package org.folkmoot.distribution;

import static org.folkmoot.distribution.Answers.successful;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * Scheduled jobs and e-mail in the assembled runtime: GreenMail, a real SMTP server in this JVM,
 * is the runtime's mail server (conf/org.folkmoot.platform.Mail.cfg); two officers each open an
 * asset transfer request whose decision is due within five working days, and each gets the
 * reminder e-mail in the language of their account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "notifications-it-admin-" + UUID.randomUUID();
    private static final String PASSWORD = "a long password for the mail test";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private GreenMail smtp;
    private FolkmootProcess folkmoot;

    @BeforeAll
    void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        folkmoot = FolkmootProcess.install();
        folkmoot.writeConfig("org.folkmoot.platform.Mail", "host=127.0.0.1\nport=" + port
                + "\nfrom=Folkmoot <no-reply@council.example>\nstarttls=false\n");
        folkmoot.writeConfig("org.folkmoot.platform.Jobs", "pollSeconds=1\n");
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", ADMIN));
        folkmoot.await("/api/assets/register", r -> r.statusCode() == 200, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws Exception {
        if (folkmoot != null) {
            folkmoot.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theCaseOfficerIsRemindedByEmailInTheirLanguageOfADeadlineWithinFiveWorkingDays() throws Exception {
        String english = officer("mail-officer-en", "gwen@council.example", "en");
        String welsh = officer("mail-officer-cy", "huw@council.example", "cy");
        // validated six months and ten days ago: the decision is overdue, which the dashboard shows and no reminder repeats
        open("ATR-MAIL-LATE", LocalDate.now(UK).minusMonths(6).minusDays(10), english);
        // validated six months ago less two days: the decision is due in about two days
        LocalDate validated = LocalDate.now(UK).minusMonths(6).plusDays(2);
        open("ATR-MAIL-EN", validated, english);
        open("ATR-MAIL-CY", validated, welsh);

        assertTrue(smtp.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 2), "two reminders arrive");
        MimeMessage en = to("gwen@council.example");
        assertTrue(en.getSubject().startsWith("Case ATR-MAIL-EN: "), en.getSubject());
        assertTrue(en.getSubject().contains("Decision notice to Montpellier Trust by "), en.getSubject());
        String body = GreenMailUtil.getBody(en);
        assertTrue(body.contains("/asset-transfers/dashboard"), body);
        assertTrue(body.contains("because you opened this case"), body);
        MimeMessage cy = to("huw@council.example");
        assertTrue(cy.getSubject().startsWith("Achos ATR-MAIL-CY: Hysbysiad o"), cy.getSubject());
        assertEquals("cy", cy.getHeader("Content-Language")[0]);
        assertEquals(2, smtp.getReceivedMessages().length, "one reminder per officer, none for the overdue case");

        JsonNode board = json(successful(send("GET", "/api/assets/cases/deadlines", "", "Authorization", "Bearer " + english)));
        assertEquals("ATR-MAIL-LATE", board.get("overdue").get(0).get("caseId").asText(), board.toString());
        assertTrue(board.get("upcoming").toString().contains("ATR-MAIL-EN"), board.toString());

        // what the jobs did, for the module's officers; the platform's own jobs are for admins
        JsonNode reminders = json(successful(send("GET", "/api/jobs/assets.deadline-reminder", "", "Authorization", "Bearer " + english)));
        assertTrue(reminders.size() >= 2, reminders.toString());
        reminders.forEach(j -> assertEquals("DONE", j.get("state").asText(), reminders.toString()));
        assertEquals(403, send("GET", "/api/jobs/platform.mail", "", "Authorization", "Bearer " + english).statusCode());
        JsonNode mail = json(successful(send("GET", "/api/jobs/platform.mail", "", "Authorization", "Bearer " + ADMIN)));
        assertEquals(2, mail.size(), mail.toString());
    }

    /** An officer account with an e-mail address and language; returns its API token. */
    private String officer(String id, String email, String language) throws Exception {
        successful(send("POST", "/api/accounts", "{\"id\":\"" + id + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"officer\"],\"modules\":[\"assets\"]}", "Authorization", "Bearer " + ADMIN));
        HttpResponse<String> contact = send("PUT", "/api/accounts/" + id + "/contact",
                "{\"email\":\"" + email + "\",\"language\":\"" + language + "\"}", "Authorization", "Bearer " + ADMIN);
        assertEquals(204, contact.statusCode(), contact.body());
        HttpResponse<String> login = successful(send("POST", "/api/auth/login",
                "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}"));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> token = successful(send("POST", "/api/auth/tokens", "{\"label\":\"mail-it\"}",
                "Cookie", cookie.substring(0, cookie.indexOf(';')), "X-CSRF-Token", json(login).get("csrfToken").asText()));
        return json(token).get("token").asText();
    }

    private void open(String id, LocalDate on, String token) throws Exception {
        successful(send("POST", "/api/assets/cases/requests", "{\"id\":\"" + id + "\",\"land\":\"Bandstand, Montpellier Gardens\","
                + "\"communityBody\":\"Montpellier Trust\",\"transferType\":\"LEASE\",\"date\":\"" + on + "\"}",
                "Authorization", "Bearer " + token));
        successful(send("POST", "/api/assets/cases/" + id + "/steps", "{\"step\":\"validated\",\"date\":\"" + on + "\"}",
                "Authorization", "Bearer " + token));
    }

    private MimeMessage to(String address) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                return m;
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return folkmoot.send(b);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
