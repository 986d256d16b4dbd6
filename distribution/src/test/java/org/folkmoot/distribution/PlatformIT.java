package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform bundle in the real runtime: what is acknowledged survives {@code kill -9}, an import
 * killed half-way and run again duplicates nothing, and bad input gets a clear 4xx and changes
 * nothing. Runs on the embedded H2 database and, when FOLKMOOT_TEST_PG_URL is set, on PostgreSQL.
 */
class PlatformIT {

    private static final String TOKEN = "platform-it-admin-token-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private static Map<String, String> env(String database) {
        Assumptions.assumeTrue(ships("platform-") && ships("HikariCP-") && ships("h2-") && ships("bcprov-"),
                "the distribution does not ship the platform bundle and its libraries (HikariCP, H2, pgjdbc, bcprov) yet");
        Map<String, String> env = new HashMap<>();
        env.put("FOLKMOOT_ADMIN_TOKEN", TOKEN);
        if ("postgresql".equals(database)) {
            String url = System.getenv("FOLKMOOT_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("FOLKMOOT_TEST_PG_URL is not set: CI must provide a PostgreSQL");
                }
                Assumptions.assumeTrue(false, "set FOLKMOOT_TEST_PG_URL, FOLKMOOT_TEST_PG_USER and FOLKMOOT_TEST_PG_PASSWORD");
            }
            env.put("FOLKMOOT_DB_URL", url);
            env.put("FOLKMOOT_DB_USER", System.getenv().getOrDefault("FOLKMOOT_TEST_PG_USER", ""));
            env.put("FOLKMOOT_DB_PASSWORD", System.getenv().getOrDefault("FOLKMOOT_TEST_PG_PASSWORD", ""));
        }
        return env;
    }

    private static boolean ships(String jarPrefix) {
        try (Stream<Path> files = Files.walk(FolkmootProcess.DISTRIBUTION.resolve("bundle"))) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(jarPrefix));
        } catch (Exception e) {
            return false;
        }
    }

    /** Lines with external ids {@code prefix:0 .. prefix:n-1}. */
    private static String lines(String prefix, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("{\"externalId\":\"").append(prefix).append(':').append(i)
                    .append("\",\"body\":\"Contribution number ").append(i)
                    .append(" about the bus station, the library and the new cycle path.\",\"author\":\"p-")
                    .append(i % 97).append("\",\"module\":\"crash-test\",\"tags\":[\"transport\"]}\n");
        }
        return out.toString();
    }

    private static HttpRequest.Builder importRequest(FolkmootProcess f, byte[] body) {
        return HttpRequest.newBuilder(f.uri("/api/archive/import")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    /** External ids with the prefix in the public export, counting duplicates. */
    private static Map<String, Integer> exported(FolkmootProcess f, String prefix) throws Exception {
        HttpResponse<String> r = f.get("/api/archive/export");
        assertEquals(200, r.statusCode());
        Map<String, Integer> ids = new HashMap<>();
        for (String line : r.body().split("\n")) {
            if (line.contains(prefix + ":")) {
                ids.merge(JSON.readTree(line).get("externalId").asText(), 1, Integer::sum);
            }
        }
        return ids;
    }

    private static long sequence(FolkmootProcess f) throws Exception {
        return json(f.get("/api/archive/sequence")).get("sequence").asLong();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void acknowledgedImportsSurviveKill9AndAKilledImportRunAgainDuplicatesNothing(String database) throws Exception {
        Map<String, String> env = env(database);
        String prefix = "crash-" + UUID.randomUUID();
        try (FolkmootProcess f = FolkmootProcess.install()) {
            f.launch(env);
            // 1. Acknowledged means durable: kill -9 straight after the 200.
            HttpResponse<String> small = f.send(importRequest(f, lines(prefix + "-ack", 25).getBytes(StandardCharsets.UTF_8)));
            assertEquals(200, small.statusCode(), small.body());
            assertEquals(25, json(small).get("imported").asInt());
            f.kill();
            f.launch(env);
            assertEquals(25, exported(f, prefix + "-ack").size(), "every acknowledged contribution is there after kill -9");

            // 2. Kill -9 in the middle of a long import, then run the same import again. The body is
            // spooled before the import starts, so the kill races the import: on a badly starved machine
            // the import may finish first, and then the attempt proves nothing and is made again.
            int total = 100_000;
            String batchPrefix = null;
            byte[] big = null;
            Map<String, Integer> survived = Map.of();
            for (int attempt = 1; attempt <= 3 && (survived.isEmpty() || survived.size() == total); attempt++) {
                batchPrefix = prefix + "-" + attempt;
                big = lines(batchPrefix, total).getBytes(StandardCharsets.UTF_8);
                long before = sequence(f);
                CompletableFuture<HttpResponse<String>> running = HttpClient.newHttpClient()
                        .sendAsync(importRequest(f, big).build(), HttpResponse.BodyHandlers.ofString());
                long[] seenBeforeKill = {-1};
                f.await("/api/archive/sequence", r -> r.statusCode() == 200 && (seenBeforeKill[0] = seq(r)) > before + 1000,
                        Duration.ofSeconds(120));
                f.kill();
                running.handle((r, e) -> null).join();
                f.launch(env);
                survived = exported(f, batchPrefix);
                // A follower may have seen up to the last visible sequence: numbers are never handed out again.
                assertTrue(sequence(f) >= seenBeforeKill[0], "the sequence never goes back after a crash");
                assertTrue(survived.size() >= 500, "what was committed before the kill survived: " + survived.size());
            }
            assertTrue(survived.size() < total, "killed half-way: " + survived.size());
            assertTrue(survived.values().stream().allMatch(n -> n == 1), "no duplicates after the crash");

            HttpResponse<String> again = f.send(importRequest(f, big));
            assertEquals(200, again.statusCode(), again.body());
            JsonNode report = json(again);
            assertEquals(survived.size(), report.get("skipped").asInt(), "what survived is skipped");
            assertEquals(total - survived.size(), report.get("imported").asInt());
            assertEquals(0, report.get("errors").size());
            Map<String, Integer> all = exported(f, batchPrefix);
            assertEquals(total, all.size());
            assertTrue(all.values().stream().allMatch(n -> n == 1), "each line exactly once");
        }
    }

    private static long seq(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body()).get("sequence").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A module bundle carrying only migrations, as a module author would build it. */
    private static Path moduleJar(Path dir, String module, Map<String, String> scripts) throws Exception {
        java.util.jar.Manifest mf = new java.util.jar.Manifest();
        java.util.jar.Attributes a = mf.getMainAttributes();
        a.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.folkmoot.it." + module);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Folkmoot-Migrations", "db/migration;module=" + module);
        Path jar = dir.resolve(module + "-1.0.0.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), mf)) {
            for (Map.Entry<String, String> e : scripts.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry("db/migration/" + e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aModuleWhoseMigrationFailsIsReportedOnHealthAndOthersAreUnaffected(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Map<String, String> env = env("h2");
        try (FolkmootProcess f = FolkmootProcess.install()) {
            f.launch(env);
            f.deploy(moduleJar(tmp, "itbroken", Map.of("V1__ok.sql", "CREATE TABLE itbroken_a (id INT);",
                    "V2__typo.sql", "CREATE TABLEX itbroken_b (id INT);")));
            f.deploy(moduleJar(tmp, "itgood", Map.of("V1__t.sql", "CREATE TABLE itgood_a (id INT PRIMARY KEY);")));
            f.await("/health", r -> r.body().contains("V2__typo.sql"), Duration.ofSeconds(20));
            String health = f.get("/health").body();
            assertTrue(health.contains("itbroken"), health);
            assertTrue(health.contains("failed at statement 1 of 1"), health);
            assertTrue(!health.contains("Module 'itgood'"), "the good module is not reported down: " + health);
            // The platform and its API keep working.
            assertEquals(200, f.get("/api/archive/sequence").statusCode());
            // the migrations run one module after another: itgood's may finish after itbroken is reported
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!f.log().contains("Module itgood: schema at version 1") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(f.log().contains("Module itgood: schema at version 1"), f.log());
        }
    }

    @Test
    void badInputGetsAClear4xxAndChangesNothing() throws Exception {
        Map<String, String> env = env("h2");
        try (FolkmootProcess f = FolkmootProcess.install()) {
            f.launch(env);
            HttpResponse<String> seeded = f.send(importRequest(f, lines("bad-input", 3).getBytes(StandardCharsets.UTF_8)));
            assertEquals(200, seeded.statusCode(), seeded.body());
            String id = JSON.readTree(f.get("/api/archive/export").body().split("\n")[0]).get("id").asText();
            long start = sequence(f);

            // Malformed lines: reported by number, the good line kept.
            String mixed = "{\"externalId\":\"bad-input:ok\",\"body\":\"fine\"}\n{\"externalId\":\n{\"body\":\"no id\"}\n";
            JsonNode report = json(f.send(importRequest(f, mixed.getBytes(StandardCharsets.UTF_8))));
            assertEquals(1, report.get("imported").asInt());
            assertEquals(2, report.get("errors").get(0).get("line").asInt());
            assertEquals(3, report.get("errors").get(1).get("line").asInt());
            long afterGood = sequence(f);

            // Invalid UTF-8: 400 and nothing imported, not even the valid first line.
            byte[] latin1 = "{\"externalId\":\"bad-input:u1\",\"body\":\"ok\"}\n{\"externalId\":\"bad-input:u2\",\"body\":\"caf\u00e9\"}\n"
                    .getBytes(StandardCharsets.ISO_8859_1);
            HttpResponse<String> notUtf8 = f.send(importRequest(f, latin1));
            assertEquals(400, notUtf8.statusCode());
            assertTrue(notUtf8.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(notUtf8.body().contains("UTF-8"), notUtf8.body());

            // No token, a wrong token, a resident's session: 401, 401, 403.
            HttpResponse<String> anonymous = f.send(HttpRequest.newBuilder(f.uri("/api/archive/import"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(mixed)));
            assertEquals(401, anonymous.statusCode());
            HttpResponse<String> wrong = f.send(HttpRequest.newBuilder(f.uri("/api/archive/import"))
                    .header("Authorization", "Bearer not-a-token").header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(mixed)));
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> created = f.send(HttpRequest.newBuilder(f.uri("/api/accounts"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"rhian\",\"password\":\"rhian's long password\",\"roles\":[\"resident\"]}")));
            assertEquals(201, created.statusCode(), created.body());
            HttpResponse<String> login = f.send(HttpRequest.newBuilder(f.uri("/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"rhian\",\"password\":\"rhian's long password\"}")));
            assertEquals(200, login.statusCode(), login.body());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
            String session = cookie.substring(0, cookie.indexOf(';'));
            String csrf = json(login).get("csrfToken").asText();
            HttpResponse<String> resident = f.send(HttpRequest.newBuilder(f.uri("/api/archive/contributions/" + id + "/hide"))
                    .header("Cookie", session).header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"I don't like it\"}")));
            assertEquals(403, resident.statusCode(), resident.body());
            HttpResponse<String> notTheirs = f.send(HttpRequest.newBuilder(f.uri("/api/archive/contributions/" + id + "/withdraw"))
                    .header("Cookie", session).header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, notTheirs.statusCode(), notTheirs.body());
            HttpResponse<String> forged = f.send(HttpRequest.newBuilder(f.uri("/api/archive/erasure"))
                    .header("Cookie", session).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"author\":\"rhian\"}")));
            assertEquals(403, forged.statusCode(), "a session request without its CSRF token is refused");

            // An officer of one module may not erase a resident's words in every module: that is for admins.
            HttpResponse<String> officer = f.send(HttpRequest.newBuilder(f.uri("/api/accounts"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"owain\",\"password\":\"owain's long password\",\"roles\":[\"plans.officer\"]}")));
            assertEquals(201, officer.statusCode(), officer.body());
            HttpResponse<String> typo = f.send(HttpRequest.newBuilder(f.uri("/api/accounts/owain/modules/assets/roles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[\"assets.oficer\"]}")));
            assertEquals(400, typo.statusCode(), "a role the running module does not declare: " + typo.body());
            assertTrue(typo.body().contains("assets.officer"), typo.body());
            HttpResponse<String> granted = f.send(HttpRequest.newBuilder(f.uri("/api/accounts/owain/modules/assets/roles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[\"assets.officer\"]}")));
            assertEquals(200, granted.statusCode(), granted.body());
            assertEquals("[\"assets.officer\",\"plans.officer\"]", json(granted).get("roles").toString());
            HttpResponse<String> owain = f.send(HttpRequest.newBuilder(f.uri("/api/auth/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"owain\",\"password\":\"owain's long password\"}")));
            String owainCookie = owain.headers().firstValue("Set-Cookie").orElseThrow();
            String officerToken = f.send(HttpRequest.newBuilder(f.uri("/api/auth/tokens"))
                    .header("Cookie", owainCookie.substring(0, owainCookie.indexOf(';')))
                    .header("X-CSRF-Token", json(owain).get("csrfToken").asText()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"it\"}"))).body();
            String bearer = JSON.readTree(officerToken).get("token").asText();
            HttpResponse<String> erase = f.send(HttpRequest.newBuilder(f.uri("/api/archive/erasure"))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"author\":\"rhian\"}")));
            assertEquals(403, erase.statusCode(), erase.body());
            HttpResponse<String> hideElsewhere = f.send(HttpRequest.newBuilder(f.uri("/api/archive/contributions/" + id + "/hide"))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"spam\"}")));
            assertEquals(403, hideElsewhere.statusCode(), "the same rule: not their module: " + hideElsewhere.body());
            HttpResponse<String> importing = f.send(HttpRequest.newBuilder(f.uri("/api/archive/import"))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(mixed)));
            assertEquals(403, importing.statusCode(), "an import may write to any module: " + importing.body());

            // The accounts page: the roles modules declare, in Welsh too; a form grants them without JavaScript.
            HttpResponse<String> accountsPage = f.get("/accounts?lang=cy", "Authorization", "Bearer " + TOKEN);
            assertEquals(200, accountsPage.statusCode(), accountsPage.body());
            assertTrue(accountsPage.body().contains("Cyfrifon a rolau") && accountsPage.body().contains("Swyddog trosglwyddo asedau"),
                    accountsPage.body());
            HttpResponse<String> byForm = f.send(HttpRequest.newBuilder(f.uri("/accounts/owain/roles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("role=plans.officer")));
            assertEquals(303, byForm.statusCode(), byForm.body());
            assertTrue(f.get("/accounts", "Authorization", "Bearer " + TOKEN).body().contains("plans.officer"));
            assertEquals(403, f.get("/accounts", "Authorization", "Bearer " + bearer).statusCode(), "admins only");

            // Unknown id, missing reason, oversized body.
            HttpResponse<String> unknown = f.send(HttpRequest.newBuilder(f.uri("/api/archive/contributions/no-such-id/hide"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"spam\"}")));
            assertEquals(404, unknown.statusCode());
            HttpResponse<String> noReason = f.send(HttpRequest.newBuilder(f.uri("/api/archive/contributions/" + id + "/hide"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(400, noReason.statusCode(), noReason.body());
            String huge = "{\"reason\":\"" + "x".repeat(3 << 20) + "\"}";
            HttpResponse<String> oversized = f.send(HttpRequest.newBuilder(f.uri("/api/archive/contributions/" + id + "/hide"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(huge)));
            assertEquals(413, oversized.statusCode());

            assertEquals(afterGood, sequence(f), "no refused request changed the archive");
            assertTrue(afterGood > start);
            Set<String> ids = new HashSet<>(exported(f, "bad-input").keySet());
            assertEquals(Set.of("bad-input:0", "bad-input:1", "bad-input:2", "bad-input:ok"), ids);

            // Moderation and erasure reach the export, and the audit log says who did them.
            assertEquals(200, f.send(HttpRequest.newBuilder(f.uri("/api/archive/contributions/" + id + "/hide"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"abusive\"}"))).statusCode());
            assertEquals(3, exported(f, "bad-input").size());
            String audit = f.get("/api/audit", "Authorization", "Bearer " + TOKEN).body();
            assertTrue(audit.contains("\"action\":\"archive.hidden\"") && audit.contains("\"actor\":\"admin-token\""), audit);
            assertEquals(401, f.get("/api/audit").statusCode());

            // The sign-in page: a form that works without JavaScript, errors next to the field, Welsh too.
            HttpResponse<String> page = f.get("/login?lang=cy");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Mewngofnodi"), page.body());
            // Login CSRF: the form carries a token that must come back with its cookie.
            String loginCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(loginCookie.startsWith("folkmoot_login=") && loginCookie.contains("SameSite=Strict"), loginCookie);
            loginCookie = loginCookie.substring(0, loginCookie.indexOf(';'));
            java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
            assertTrue(field.find(), page.body());
            String form = "&_csrf=" + field.group(1);
            HttpResponse<String> forgedLogin = f.send(HttpRequest.newBuilder(f.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=rhian&password=rhian%27s+long+password")));
            assertEquals(403, forgedLogin.statusCode(), "a sign-in posted from another site (no token) is refused");
            assertTrue(forgedLogin.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("folkmoot_session=")));
            HttpResponse<String> wrongPassword = f.send(HttpRequest.newBuilder(f.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
                    .POST(HttpRequest.BodyPublishers.ofString("username=rhian&password=nope&next=https%3A%2F%2Fevil.example" + form)));
            assertEquals(401, wrongPassword.statusCode());
            assertTrue(wrongPassword.body().contains("govuk-error-message"), wrongPassword.body());
            HttpResponse<String> signedIn = f.send(HttpRequest.newBuilder(f.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
                    .POST(HttpRequest.BodyPublishers.ofString("username=rhian&password=rhian%27s+long+password&next=https%3A%2F%2Fevil.example" + form)));
            assertEquals(303, signedIn.statusCode());
            assertEquals("/", java.net.URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath(),
                    "never redirected to another site");
            assertTrue(signedIn.headers().firstValue("Set-Cookie").orElseThrow().contains("HttpOnly"));
        }
    }
}
