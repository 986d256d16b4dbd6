package org.folkmoot.distribution.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.folkmoot.distribution.FolkmootProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Three runtimes, each with its own installation and data directory, on one PostgreSQL database
 * behind nginx (configured from the distribution's {@code cluster/nginx.conf}), all on 127.0.0.1:
 * the cluster behaves as one site. The PostgreSQL server is the test's own ({@link PostgresServer}),
 * so that the test can restart it under the runtimes. One cluster serves every test here, in order;
 * a test that kills a runtime, or stops the server, starts it again before it ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "cluster-it-admin-" + UUID.randomUUID();
    static final String PASSWORD = "a long password for the cluster test";
    static final Duration NEAR_REAL_TIME = Duration.ofSeconds(2);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    PostgresServer postgres;
    ClusterDatabase db;
    GreenMail mail;
    StallingSmtp smtp;
    final List<FolkmootProcess> runtimes = new ArrayList<>();
    Map<String, String> env;
    LoadBalancer lb;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startTheCluster() throws Exception {
        if (!LoadBalancer.available()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(LoadBalancer.NGINX + " is missing: .ci/run installs nginx");
            }
            Assumptions.assumeTrue(false, "nginx is not installed (apt-get install nginx)");
        }
        if (PostgresServer.binaries() == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL's initdb and pg_ctl are missing from /usr/lib/postgresql/<version>/bin: "
                        + ".ci/run installs postgresql");
            }
            Assumptions.assumeTrue(false, "PostgreSQL's server programs are not installed (apt-get install postgresql)");
        }
        postgres = PostgresServer.start();
        db = ClusterDatabase.create(postgres);
        int mailPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            mailPort = s.getLocalPort();
        }
        mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", "smtp"));
        mail.start();
        smtp = new StallingSmtp(mailPort);
        env = new HashMap<>(db.environment());
        env.put("FOLKMOOT_ADMIN_TOKEN", TOKEN);
        for (int i = 0; i < 3; i++) {
            FolkmootProcess runtime = FolkmootProcess.install();
            runtime.writeConfig("org.folkmoot.platform.Jobs", "pollSeconds=1\nleaseSeconds=6\nfirstRetrySeconds=1\n");
            runtime.writeConfig("org.folkmoot.platform.Mail", "host=127.0.0.1\nport=" + smtp.port()
                    + "\nfrom=Folkmoot <no-reply@council.example>\nstarttls=false\n");
            runtime.writeConfig("org.folkmoot.web.Proxies", "trustedProxies=127.0.0.1\n");
            runtimes.add(runtime);
        }
        // All three at once on the empty database: each module's migrations must run once, not three times.
        ExecutorService starting = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (FolkmootProcess runtime : runtimes) {
                started.add(starting.submit(() -> runtime.launch(env)));
            }
            for (Future<?> f : started) {
                f.get();
            }
        } finally {
            starting.shutdown();
        }
        lb = LoadBalancer.start(FolkmootProcess.DISTRIBUTION.resolve("cluster/nginx.conf"),
                runtimes.stream().map(FolkmootProcess::port).toList());
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {lb, runtimes.size() > 2 ? runtimes.get(2) : null,
                runtimes.size() > 1 ? runtimes.get(1) : null, runtimes.isEmpty() ? null : runtimes.get(0), smtp, db, postgres}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.err.println("ClusterIT: closing " + c + ": " + e);
                }
            }
        }
        if (mail != null) {
            mail.stop();
        }
    }

    // ------------------------------------------------------------------ tests

    @Test
    @Order(1)
    void eachModulesMigrationsRanOnceWhenThreeRuntimesStartedTogether() throws Exception {
        List<List<String>> histories = db.query("SELECT table_name FROM information_schema.tables "
                + "WHERE table_name LIKE 'schema_history_%' ORDER BY table_name");
        List<String> modules = histories.stream().map(r -> r.get(0).substring("schema_history_".length())).toList();
        assertTrue(modules.containsAll(List.of("platform", "assets")), modules.toString());
        for (List<String> table : histories) {
            List<List<String>> rows = db.query("SELECT version, success FROM " + table.get(0));
            assertFalse(rows.isEmpty(), table.get(0));
            assertEquals(rows.size(), rows.stream().map(r -> r.get(0)).distinct().count(), table + ": " + rows);
            rows.forEach(r -> assertEquals("t", r.get(1), table + ": " + rows));
        }
        for (FolkmootProcess runtime : runtimes) {
            JsonNode health = json(runtime.get("/health"));
            assertEquals("UP", health.get("status").asText(), health.toString());
        }
    }

    @Test
    @Order(2)
    void aContributionWrittenThroughOneRuntimeIsFoundOnEveryOtherAndHiddenOrErasedLeavesThemAll() throws Exception {
        importLine(runtimes.get(0), line("cluster:kept", "A samphire stall on the harbour wall, please.", "cluster-author-1"));
        importLine(runtimes.get(0), line("cluster:hidden", "Samphire and cockles by the lifeboat station.", "cluster-author-2"));
        importLine(runtimes.get(0), line("cluster:erased", "Samphire foraging walks from the quay.", "cluster-author-3"));
        long written = System.nanoTime();
        onEveryRuntimeWithin("written through runtime 1", written, search("samphire"), r -> total(r) == 3);

        String hidden = idOf(runtimes.get(1), "lifeboat");
        HttpResponse<String> hide = post(runtimes.get(1), "/api/archive/contributions/" + hidden + "/hide",
                "{\"reason\":\"duplicate\"}", "Authorization", "Bearer " + TOKEN);
        long hiddenAt = System.nanoTime();
        assertEquals(200, hide.statusCode(), hide.body());
        onEveryRuntimeWithin("hidden through runtime 2", hiddenAt, search("samphire"), r -> total(r) == 2 && !r.toString().contains(hidden));

        HttpResponse<String> erase = post(runtimes.get(2), "/api/archive/erasure", "{\"author\":\"cluster-author-3\"}",
                "Authorization", "Bearer " + TOKEN);
        long erasedAt = System.nanoTime();
        assertEquals(200, erase.statusCode(), erase.body());
        onEveryRuntimeWithin("erased through runtime 3", erasedAt, search("samphire"), r -> total(r) == 1);
        for (FolkmootProcess runtime : runtimes) {
            assertEquals(0, total(json(runtime.get(search("foraging")))), "the erased words are gone everywhere");
        }
    }

    @Test
    @Order(3)
    void aSessionMadeOnOneRuntimeWorksOnTheOthers() throws Exception {
        account("cluster-officer", "[\"admin\"]");
        HttpResponse<String> login = post(runtimes.get(0), "/api/auth/login",
                "{\"username\":\"cluster-officer\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = cookie.substring(0, cookie.indexOf(';'));
        String csrf = json(login).get("csrfToken").asText();
        for (FolkmootProcess runtime : runtimes.subList(1, 3)) {
            HttpResponse<String> me = runtime.get("/api/auth/me", "Cookie", cookie);
            assertEquals(200, me.statusCode(), me.body());
            assertEquals("cluster-officer", json(me).get("id").asText(), me.body());
        }
        // a write that needs the session's CSRF token, on a third runtime
        HttpResponse<String> token = post(runtimes.get(2), "/api/auth/tokens", "{\"label\":\"cluster\"}",
                "Cookie", cookie, "X-CSRF-Token", csrf);
        assertEquals(200, token.statusCode(), token.body());
        // signed out on one, signed out on all
        HttpResponse<String> logout = post(runtimes.get(1), "/api/auth/logout", "", "Cookie", cookie, "X-CSRF-Token", csrf);
        assertTrue(logout.statusCode() / 100 == 2, logout.statusCode() + " " + logout.body());
        assertEquals(401, runtimes.get(0).get("/api/auth/me", "Cookie", cookie).statusCode());
    }

    @Test
    @Order(4)
    void signInLimitsCountAcrossRuntimes() throws Exception {
        account("cluster-resident", "[\"resident\"]");
        String wrong = "{\"username\":\"cluster-resident\",\"password\":\"not the password at all\"}";
        // five wrong passwords (the limit), spread over the three runtimes as a load balancer would
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = post(runtimes.get(i % 3), "/api/auth/login", wrong);
            assertEquals(401, r.statusCode(), "attempt " + (i + 1) + ": " + r.body());
        }
        String right = "{\"username\":\"cluster-resident\",\"password\":\"" + PASSWORD + "\"}";
        for (FolkmootProcess runtime : runtimes) {
            HttpResponse<String> refused = post(runtime, "/api/auth/login", right);
            assertEquals(429, refused.statusCode(), "runtime on " + runtime.port() + " refuses: " + refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        }
        HttpResponse<String> throughTheBalancer = send(HttpRequest.newBuilder(lb.uri("/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(right)));
        assertEquals(429, throughTheBalancer.statusCode(), throughTheBalancer.body());
    }

    @Test
    @Order(5)
    void aScheduledJobRunsOnceAcrossTheClusterAndAgainElsewhereWhenItsRuntimeDies() throws Exception {
        String officer = officerWithEmail("cluster-case-officer", "morwenna@council.example");
        // The decision is due in about two days: the deadline reminder job queues one e-mail, and the
        // mail job sends it, through a mail server that hangs, so the runtime sending it is caught mid-job.
        smtp.stall(true);
        LocalDate validated = LocalDate.now(UK).minusMonths(6).plusDays(2);
        openCase("ATR-CLUSTER-1", validated, officer);
        Awaitility.await("a runtime is sending the reminder").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).until(() -> smtp.held() > 0 && !leaseOwners().isEmpty());
        String owner = leaseOwners().get(0);
        long pid = Long.parseLong(owner.substring(0, owner.indexOf('@')));
        FolkmootProcess holder = runtimes.stream().filter(r -> r.pid() == pid).findFirst().orElseThrow(
                () -> new AssertionError("the mail job's lease " + owner + " is held by none of the runtimes"));
        holder.kill();
        smtp.stall(false);

        // another runtime takes the job once its lease has run out, and sends the e-mail
        assertTrue(mail.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 1), "the reminder arrives");
        List<List<String>> mailJobs = Awaitility.await("the mail job is done").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> db.query("SELECT state, lease_owner FROM platform_job WHERE name = 'platform.mail'"),
                        rows -> !rows.isEmpty() && rows.stream().allMatch(r -> r.get(0).equals("DONE")));
        assertEquals(1, mailJobs.size(), "one mail job: " + mailJobs);
        assertNull(mailJobs.get(0).get(1), "its lease given back: " + mailJobs);
        assertEquals(List.of(List.of("t")), db.query("SELECT sent_at IS NOT NULL FROM platform_outbox"),
                "the reminder job ran once, and its one e-mail is marked sent");
        assertEquals(1, smtp.held(), "only the killed runtime met the hanging server");
        List<List<String>> reminders = db.query("SELECT state, lease_owner FROM platform_job WHERE name = 'assets.deadline-reminder'");
        assertFalse(reminders.isEmpty());

        holder.launch(env);
        // the killed runtime comes back to a job already done: it sends nothing again
        assertEquals(1, mail.getReceivedMessages().length, "one reminder, not one per runtime nor one per start");
    }

    @Test
    @Order(6)
    void everyRuntimeFollowsTheCouncilsChoiceOfModulesWithNoFailedRequest() throws Exception {
        ReadLoad load = new ReadLoad(2, List.of(search("samphire"), "/api/modules", "/health", "/"), lb::uri);
        try {
            // bin/folkmoot on one machine records the choice in the database; every runtime follows it
            FolkmootProcess.CommandResult enabled = runtimes.get(0).command(env, "enable", "example");
            assertEquals(0, enabled.exitCode(), enabled.output());
            assertTrue(enabled.output().contains("Recorded for every runtime"), enabled.output());
            onEveryRuntimeWithinSeconds("example enabled by bin/folkmoot", r -> modules(r).contains("example"));
            assertEquals(200, send(HttpRequest.newBuilder(lb.uri("/api/example")).GET()).statusCode());

            // the administrator's page, through the load balancer, records the opposite
            saveOnTheAdministratorsPage("cluster-officer", "example", false);
            assertEquals(List.of(List.of("f", "cluster-officer")),
                    db.query("SELECT enabled, decided_by FROM module_choice WHERE module = 'example'"), "recorded for every runtime");
            assertEquals("1", db.query("SELECT COUNT(*) FROM audit_log WHERE action = 'modules.disable' AND target = 'example' "
                    + "AND actor LIKE '%cluster-officer%'").get(0).get(0), "audited");
            onEveryRuntimeWithinSeconds("example disabled on the administrator's page", r -> !modules(r).contains("example"));

            // the API, through the load balancer: enabled, then disabled again; every runtime follows each
            HttpResponse<String> enabledAgain = send(HttpRequest.newBuilder(lb.uri("/api/modules/example"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": true}")));
            assertEquals(200, enabledAgain.statusCode(), enabledAgain.body());
            onEveryRuntimeWithinSeconds("example enabled through the API", r -> modules(r).contains("example"));
            HttpResponse<String> disabled = send(HttpRequest.newBuilder(lb.uri("/api/modules/example"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": false}")));
            assertEquals(200, disabled.statusCode(), disabled.body());
            assertTrue(json(disabled).get("everyRuntime").asBoolean(), disabled.body());
            onEveryRuntimeWithinSeconds("example disabled through the API", r -> !modules(r).contains("example"));
            for (FolkmootProcess runtime : runtimes) {
                assertFalse(java.nio.file.Files.list(runtime.home().resolve("deploy"))
                        .anyMatch(p -> p.getFileName().toString().startsWith("example")), "deploy/ follows on " + runtime.port());
            }
        } finally {
            load.close();
        }
        assertTrue(load.answered() > 0);
        assertTrue(load.failures.isEmpty(), load.failures.size() + " of " + load.answered() + " requests failed: "
                + load.failures.stream().limit(5).toList());
    }

    @Test
    @Order(7)
    void killingRuntimesUnderLoadLosesNoAcknowledgedWriteAndReadsKeepBeingAnswered() throws Exception {
        String word = "kittiwake";
        WriteLoad writes = new WriteLoad(2, "load-", word, lb.uri("/api/archive/import"), TOKEN);
        ReadLoad reads = new ReadLoad(2, List.of(search(word), search("samphire"), "/api/modules"), lb::uri);
        try {
            for (int victim : new int[] {1, 2}) {
                awaitMoreWrites(writes, 10);
                FolkmootProcess runtime = runtimes.get(victim);
                runtime.kill();
                awaitMoreWrites(writes, 10); // the others carry on
                runtime.launch(env);
            }
            awaitMoreWrites(writes, 10);
        } finally {
            reads.close();
            writes.close();
        }
        assertTrue(writes.givenUp.isEmpty(), "writes never acknowledged: " + writes.givenUp);
        assertTrue(reads.failures.isEmpty(), reads.failures.size() + " of " + reads.answered() + " reads failed: "
                + reads.failures.stream().limit(5).toList());
        int acknowledged = writes.acknowledged();
        System.out.println("ClusterIT: " + acknowledged + " writes acknowledged (" + writes.retries.get() + " tries again), "
                + reads.answered() + " reads " + reads.byStatus + ", two runtimes killed and restarted");

        // every acknowledged write is in the archive once, and nothing else is
        List<List<String>> stored = db.query("SELECT external_id FROM contribution WHERE external_id LIKE 'load-%'");
        assertEquals(acknowledged, stored.size(), "no acknowledged write lost, none written twice");
        assertEquals(writes.acknowledged, stored.stream().map(r -> r.get(0)).collect(java.util.stream.Collectors.toSet()));

        // the restarted runtimes' indexes caught up, and say so
        long archive = json(runtimes.get(0).get("/api/archive/sequence")).get("sequence").asLong();
        onEveryRuntimeWithinSeconds(search(word), 30, r -> total(r) == acknowledged);
        for (FolkmootProcess runtime : runtimes) {
            runtime.await("/health", r -> {
                String message = searchHealth(json(r));
                return message.startsWith("Up to date with the archive at sequence ")
                        && Long.parseLong(message.substring(message.lastIndexOf(' ') + 1)) >= archive;
            }, Duration.ofSeconds(30));
        }
    }

    @Test
    @Order(8)
    void whenPostgresqlRestartsRuntimesAreDegradedRefuseWritesWith503AndRecoverByThemselves() throws Exception {
        long stopping = System.nanoTime();
        postgres.stop(); // pg_ctl stop -m fast: every session ended, the server gone
        long stopped = System.nanoTime();
        try {
            // each /health waits for the database as long as a write does (10 s): the three are watched at once
            onEveryRuntimeAwait("/health", r -> r.statusCode() == 200 && "DEGRADED".equals(json(r).get("status").asText())
                    && "DOWN".equals(component(json(r), "storage").path("status").asText()), Duration.ofSeconds(60));
            long degraded = System.nanoTime();
            HttpResponse<String> refused = send(HttpRequest.newBuilder(lb.uri("/api/archive/import"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(line("outage:1", "Written while the database was away: guillemot.", "outage-author"))));
            long refusedAt = System.nanoTime();
            System.out.println("ClusterIT: PostgreSQL stopped in " + millis(stopping, stopped) + " ms; every runtime DEGRADED "
                    + millis(stopped, degraded) + " ms later; a write refused in " + millis(degraded, refusedAt) + " ms");
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers().toString());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            // searches are still answered from each runtime's own index
            HttpResponse<String> found = send(HttpRequest.newBuilder(lb.uri(search("samphire"))).GET());
            assertEquals(200, found.statusCode(), found.body());
            assertEquals(1, total(json(found)));
        } finally {
            postgres.startAgain(); // pg_ctl start on the same data and port
        }
        long started = System.nanoTime();
        onEveryRuntimeAwait("/health", r -> r.statusCode() == 200 && "UP".equals(json(r).get("status").asText()), Duration.ofSeconds(60));
        System.out.println("ClusterIT: PostgreSQL started again; every runtime UP " + millis(started, System.nanoTime()) + " ms later");
        HttpResponse<String> written = send(HttpRequest.newBuilder(lb.uri("/api/archive/import"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(line("outage:2", "Written once the database was back: guillemot.", "outage-author"))));
        long writtenAt = System.nanoTime();
        assertEquals(200, written.statusCode(), written.body());
        assertEquals(1, json(written).get("imported").asInt(), written.body());
        onEveryRuntimeWithin("written after the database came back", writtenAt, search("guillemot"), r -> total(r) == 1);
        assertEquals(0, db.query("SELECT 1 FROM contribution WHERE external_id = 'outage:1'").size(), "the refused write left nothing");
    }

    // ------------------------------------------------------------------ helpers

    private static String searchHealth(JsonNode health) {
        return component(health, "search").path("message").asText();
    }

    /** One component of a {@code /health} answer (a missing node if there is none). */
    private static JsonNode component(JsonNode health, String id) {
        for (JsonNode c : health.get("components")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Waits until every runtime answers as the condition asks, each watched by a thread of its own. */
    private void onEveryRuntimeAwait(String path, Predicate<HttpResponse<String>> condition, Duration timeout) throws Exception {
        ExecutorService watching = Executors.newFixedThreadPool(runtimes.size());
        try {
            List<Future<Duration>> each = new ArrayList<>();
            for (FolkmootProcess runtime : runtimes) {
                each.add(watching.submit(() -> runtime.await(path, condition, timeout)));
            }
            for (Future<Duration> f : each) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error; // the assertion that runtime failed, as it was
                    }
                    throw e;
                }
            }
        } finally {
            watching.shutdownNow();
        }
    }

    private static long millis(long from, long to) {
        return Duration.ofNanos(to - from).toMillis();
    }

    private static void awaitMoreWrites(WriteLoad writes, int more) {
        int target = writes.acknowledged() + more;
        Awaitility.await("writes acknowledged").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> writes.acknowledged() >= target || !writes.givenUp.isEmpty());
    }

    private void onEveryRuntimeWithinSeconds(String path, int seconds, Predicate<JsonNode> condition) {
        for (FolkmootProcess runtime : runtimes) {
            runtime.await(path, r -> r.statusCode() == 200 && condition.test(json(r)), Duration.ofSeconds(seconds));
        }
    }

    private static List<String> modules(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    /** Module changes: every runtime within 10 s (one second's poll, FileInstall, DS and the whiteboard on a loaded machine). */
    private void onEveryRuntimeWithinSeconds(String what, Predicate<JsonNode> condition) {
        long start = System.nanoTime();
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (FolkmootProcess runtime : runtimes) {
                HttpResponse<String> r = runtime.get("/api/modules");
                if (r.statusCode() != 200 || !condition.test(json(r))) {
                    return false;
                }
            }
            return true;
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("ClusterIT: " + what + ": every runtime in " + took.toMillis() + " ms");
        assertTrue(took.compareTo(Duration.ofSeconds(10)) <= 0, what + " took " + took.toMillis() + " ms");
    }

    private List<String> leaseOwners() throws Exception {
        return db.query("SELECT lease_owner FROM platform_job WHERE name = 'platform.mail' AND state = 'PENDING' "
                + "AND lease_owner IS NOT NULL").stream().map(r -> r.get(0)).toList();
    }

    /**
     * Waits until the answer on every runtime satisfies the condition; each must within {@link #NEAR_REAL_TIME}
     * of the moment the change was acknowledged (System.nanoTime()). Each runtime is watched by a thread of its
     * own, so that one slow answer does not add to another runtime's time.
     */
    void onEveryRuntimeWithin(String what, long acknowledged, String path, Predicate<JsonNode> condition) throws Exception {
        ExecutorService watching = Executors.newFixedThreadPool(runtimes.size());
        try {
            List<Future<Duration>> each = new ArrayList<>();
            for (FolkmootProcess runtime : runtimes) {
                each.add(watching.submit(() -> firstSeen(runtime, acknowledged, path, condition)));
            }
            List<String> times = new ArrayList<>();
            List<String> late = new ArrayList<>();
            for (int i = 0; i < each.size(); i++) {
                String runtime = "runtime " + (i + 1);
                try {
                    Duration took = each.get(i).get();
                    times.add(runtime + " " + took.toMillis() + " ms");
                    if (took.compareTo(NEAR_REAL_TIME) > 0) {
                        late.add(runtime + " took " + took.toMillis() + " ms");
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    late.add(runtime + ": " + e.getCause().getMessage());
                }
            }
            System.out.println("ClusterIT: " + what + ": " + String.join(", ", times));
            assertTrue(late.isEmpty(), what + ", not within " + NEAR_REAL_TIME.toMillis() + " ms of the acknowledgement: "
                    + String.join("\n", late));
        } finally {
            watching.shutdownNow();
        }
    }

    /** How long after the acknowledgement this runtime first answered as the condition asks; gives up after 20 s. */
    private static Duration firstSeen(FolkmootProcess runtime, long acknowledged, String path, Predicate<JsonNode> condition)
            throws InterruptedException {
        HttpResponse<String> r;
        do {
            r = runtime.get(path);
            long now = System.nanoTime();
            if (r.statusCode() == 200 && condition.test(json(r))) {
                return Duration.ofNanos(now - acknowledged);
            }
            Thread.sleep(20);
        } while (System.nanoTime() - acknowledged < Duration.ofSeconds(20).toNanos());
        throw new AssertionError("not within 20 s; last: " + r.statusCode() + " " + r.body() + "\n  health: "
                + runtime.get("/health").body() + "\n  search status: " + runtime.get("/api/search/status").body());
    }

    static String line(String externalId, String body, String author) {
        ObjectNode n = JSON.createObjectNode();
        n.put("externalId", externalId);
        n.put("language", "en");
        n.put("title", "Cluster " + externalId);
        n.put("body", body);
        n.put("author", author);
        n.put("module", "cluster-it");
        n.put("kind", "comment");
        n.put("locality", "W06000015");
        n.put("created", "2026-06-01T12:00:00Z");
        return n.toString() + "\n";
    }

    void importLine(FolkmootProcess runtime, String line) {
        HttpResponse<String> r = runtime.send(HttpRequest.newBuilder(runtime.uri("/api/archive/import"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(line)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, json(r).get("imported").asInt(), r.body());
    }

    static String search(String q) {
        return "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    static long total(JsonNode result) {
        return result.get("total").asLong();
    }

    String idOf(FolkmootProcess runtime, String word) {
        JsonNode r = json(runtime.get(search(word)));
        assertEquals(1, total(r), word + ": " + r);
        return r.get("hits").get(0).get("id").asText();
    }

    void account(String id, String roles) {
        HttpResponse<String> r = post(runtimes.get(0), "/api/accounts", "{\"id\":\"" + id + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":" + roles + "}", "Authorization", "Bearer " + TOKEN);
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
    }

    /** An assets officer with an e-mail address, through the load balancer; returns an API token. */
    String officerWithEmail(String id, String email) {
        HttpResponse<String> created = lbPost("/api/accounts", "{\"id\":\"" + id + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"officer\"],\"modules\":[\"assets\"]}", "Authorization", "Bearer " + TOKEN);
        assertTrue(created.statusCode() / 100 == 2, created.body());
        HttpResponse<String> contact = send(HttpRequest.newBuilder(lb.uri("/api/accounts/" + id + "/contact"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"language\":\"en\"}")));
        assertEquals(204, contact.statusCode(), contact.body());
        HttpResponse<String> login = lbPost("/api/auth/login", "{\"username\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> token = lbPost("/api/auth/tokens", "{\"label\":\"cluster\"}",
                "Cookie", cookie.substring(0, cookie.indexOf(';')), "X-CSRF-Token", json(login).get("csrfToken").asText());
        assertEquals(200, token.statusCode(), token.body());
        return json(token).get("token").asText();
    }

    /**
     * As an administrator does in a browser, through the load balancer: signs in, opens {@code /admin/modules},
     * ticks or unticks one module, leaves the others as the page showed them, and saves.
     */
    void saveOnTheAdministratorsPage(String admin, String module, boolean enabled) {
        HttpResponse<String> login = lbPost("/api/auth/login", "{\"username\":\"" + admin + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> page = send(HttpRequest.newBuilder(lb.uri("/admin/modules")).header("Cookie", cookie).GET());
        assertEquals(200, page.statusCode(), page.body());
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(csrf.find(), "the page's form carries its CSRF token");
        List<String> ticked = new ArrayList<>();
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("<input [^>]*name=\"modules\"[^>]*>").matcher(page.body());
        while (box.find()) {
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]+)\"").matcher(box.group());
            if (value.find() && box.group().contains(" checked") && !value.group(1).equals(module)) {
                ticked.add(value.group(1));
            }
        }
        assertTrue(page.body().contains("value=\"" + module + "\""), module + " is on the page");
        if (enabled) {
            ticked.add(module);
        }
        StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        ticked.forEach(m -> form.append("&modules=").append(URLEncoder.encode(m, StandardCharsets.UTF_8)));
        HttpResponse<String> saved = send(HttpRequest.newBuilder(lb.uri("/admin/modules")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        assertEquals(303, saved.statusCode(), saved.body());
        String location = saved.headers().firstValue("Location").orElse("");
        assertTrue(location.contains((enabled ? "enabled=" : "disabled=") + module), "saved, and only that changed: " + location);
    }

    void openCase(String id, LocalDate on, String token) {
        HttpResponse<String> opened = lbPost("/api/assets/cases/requests", "{\"id\":\"" + id
                + "\",\"land\":\"The old lifeboat house\",\"communityBody\":\"Harbour Trust\",\"transferType\":\"LEASE\",\"date\":\""
                + on + "\"}", "Authorization", "Bearer " + token);
        assertTrue(opened.statusCode() / 100 == 2, opened.statusCode() + " " + opened.body());
        HttpResponse<String> validated = lbPost("/api/assets/cases/" + id + "/steps", "{\"step\":\"validated\",\"date\":\"" + on + "\"}",
                "Authorization", "Bearer " + token);
        assertTrue(validated.statusCode() / 100 == 2, validated.statusCode() + " " + validated.body());
    }

    HttpResponse<String> post(FolkmootProcess runtime, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(runtime.uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        return runtime.send(b, headers);
    }

    HttpResponse<String> lbPost(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(lb.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.statusCode() + " " + r.body(), e);
        }
    }
}
