package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administrator's modules page through the shipped runtime: enabling a module from the page
 * brings its endpoint up, disabling it takes it away, as {@code bin/folkmoot enable}/{@code disable}
 * do (the command line then agrees with what the page did); admins only, with the CSRF token,
 * audited, in English and Welsh, and a refused choice is shown beside the field.
 */
class ModulesPageIT {

    private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef0123456789";
    private static final String PASSWORD = "a long enough password for tests";

    private static FolkmootProcess folkmoot;

    private record Session(String cookie, String csrf) {
    }

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", ADMIN_TOKEN));
        account("it-admin", "admin");
        account("it-officer", "assets.officer");
    }

    @AfterAll
    static void stop() throws Exception {
        folkmoot.close();
    }

    @Test
    void anAdministratorEnablesAndDisablesAModuleFromThePage() throws Exception {
        assertEquals(401, folkmoot.get("/admin/modules").statusCode());
        assertEquals(403, folkmoot.get("/admin/modules", "Cookie", login("it-officer").cookie()).statusCode());

        Session admin = login("it-admin");
        String page = folkmoot.get("/admin/modules", "Cookie", admin.cookie()).body();
        assertTrue(page.contains("<h1 class=\"govuk-heading-l\">Modules</h1>") && page.contains("id=\"health\""), page);
        assertTrue(Pattern.compile("value=\"example\"(?![^>]*checked)").matcher(page).find(), "example is offered, not ticked: " + page);
        assertEquals(404, folkmoot.get("/api/example").statusCode());
        List<String> enabled = enabledByTheCommandLine();
        assertFalse(enabled.contains("example"));

        // Without the CSRF token nothing changes.
        List<String> withExample = new ArrayList<>(enabled);
        withExample.add("example");
        assertEquals(403, post(admin, withExample, false).statusCode());
        assertFalse(Files.exists(folkmoot.home().resolve("deploy/example-0.1.0-SNAPSHOT.jar")));

        HttpResponse<String> saved = post(admin, withExample, true);
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElseThrow().endsWith("/admin/modules?enabled=example"));
        folkmoot.await("/api/example", r -> r.statusCode() == 200, Duration.ofSeconds(20));
        assertTrue(Files.exists(folkmoot.home().resolve("conf/org.folkmoot.example.Greeting.cfg")), "its default configuration");
        assertEquals(withExample.stream().sorted().toList(), enabledByTheCommandLine().stream().sorted().toList(),
                "the command line sees what the page did");
        String welsh = folkmoot.get("/admin/modules?enabled=example&lang=cy", "Cookie", admin.cookie()).body();
        assertTrue(welsh.contains("<html lang=\"cy\"") && welsh.contains("Wedi’u galluogi: Enghraifft."), welsh);

        // A choice the installation does not have: the page again, the error beside the field.
        List<String> unknown = new ArrayList<>(withExample);
        unknown.add("parking");
        HttpResponse<String> refused = post(admin, unknown, true);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("<a href=\"#modules\">Choose only modules from the list</a>"), refused.body());
        assertTrue(refused.body().contains("<p id=\"modules-error\" class=\"govuk-error-message\">"), refused.body());

        HttpResponse<String> off = post(admin, enabled, true);
        assertEquals(303, off.statusCode(), off.body());
        assertTrue(off.headers().firstValue("Location").orElseThrow().endsWith("/admin/modules?disabled=example"));
        folkmoot.await("/api/example", r -> r.statusCode() == 404, Duration.ofSeconds(20));
        assertFalse(enabledByTheCommandLine().contains("example"));
        assertTrue(Files.exists(folkmoot.home().resolve("conf/org.folkmoot.example.Greeting.cfg")), "the configuration stays");
        for (String other : enabled) {
            assertTrue(folkmoot.get("/health").body().contains("\"id\":\"" + other + "\""), other + " kept running");
        }

        String audit = folkmoot.get("/api/audit?limit=20", "Authorization", "Bearer " + ADMIN_TOKEN).body();
        assertTrue(audit.contains("\"action\":\"modules.enable\",\"target\":\"example\""), audit);
        assertTrue(audit.contains("\"action\":\"modules.disable\",\"target\":\"example\""), audit);
        assertTrue(audit.contains("\"actor\":\"it-admin\""), audit);
    }

    private static List<String> enabledByTheCommandLine() throws Exception {
        FolkmootProcess.CommandResult modules = folkmoot.command("modules");
        assertEquals(0, modules.exitCode(), modules.output());
        List<String> enabled = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\S+)\\s+enabled\\b").matcher(modules.output());
        while (m.find()) {
            enabled.add(m.group(1));
        }
        return enabled;
    }

    private static HttpResponse<String> post(Session session, List<String> modules, boolean withCsrf) {
        StringBuilder body = new StringBuilder(withCsrf ? "_csrf=" + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8) : "");
        modules.forEach(m -> body.append(body.length() == 0 ? "" : "&").append("modules=").append(URLEncoder.encode(m, StandardCharsets.UTF_8)));
        return folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/admin/modules")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "Cookie", session.cookie());
    }

    private static void account(String id, String role) {
        HttpResponse<String> r = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/api/accounts")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id
                        + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"modules\":[]}")),
                "Authorization", "Bearer " + ADMIN_TOKEN);
        assertEquals(201, r.statusCode(), r.body());
    }

    private static Session login(String id) {
        HttpResponse<String> r = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/api/auth/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}")));
        assertEquals(200, r.statusCode(), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher csrf = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertTrue(csrf.find(), r.body());
        return new Session(cookie.substring(0, cookie.indexOf(';')), csrf.group(1));
    }
}
