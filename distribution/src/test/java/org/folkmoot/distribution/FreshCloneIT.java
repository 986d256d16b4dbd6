package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * What a newcomer met following the README on a fresh clone: the demo run in the built
 * distribution and then the tests (which must start from an empty data directory), a search in
 * braces that gets a "did you mean" (500 before; its links absolute), {@code bin/folkmoot enable}
 * of an enabled module (it restarted the module), and {@code bin/folkmoot --help}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshCloneIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "fresh-clone-it-admin-token-0123456789";

    private FolkmootProcess folkmoot;
    private boolean demoDataIsOurs;

    /** The README's first command, run in the built distribution itself, then an installation for the tests. */
    @BeforeAll
    void demoThenTests() throws Exception {
        Path data = FolkmootProcess.DISTRIBUTION.resolve("data");
        demoDataIsOurs = !Files.exists(data.resolve("db"));
        if (demoDataIsOurs) {
            runTheDemoInTheDistribution();
        }
        assertTrue(Files.exists(data.resolve("db")), "the demo left its database in " + data);
        folkmoot = FolkmootProcess.install();
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN));
    }

    @AfterAll
    void close() throws Exception {
        folkmoot.close();
        if (demoDataIsOurs) {
            // Demo accounts have published passwords: leave no demo data behind that a later plain run would serve.
            try (Stream<Path> files = Files.walk(FolkmootProcess.DISTRIBUTION.resolve("data"))) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(FolkmootProcess.DISTRIBUTION.resolve("data")) && !p.getFileName().toString().equals(".keep")) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    @Test
    @Order(1)
    void aTestInstallationStartsEmptyAfterTheDemoRan() throws Exception {
        assertTrue(Files.exists(FolkmootProcess.DISTRIBUTION.resolve("data/db")));
        folkmoot.await("/api/search?q=", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        HttpResponse<String> everything = folkmoot.get("/api/search?q=");
        assertEquals(0, JSON.readTree(everything.body()).get("total").asInt(), "the demo's contributions leaked into a test: "
                + everything.body());
        assertFalse(folkmoot.log().contains("DEMO MODE"), folkmoot.log());
    }

    @Test
    @Order(2)
    void aQueryInBracesWithADidYouMeanAnswersAPageWithRelativeLinks() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            lines.append("{\"externalId\": \"fresh-").append(i).append("\", \"body\": \"Keep the library open on Saturdays, number ")
                    .append(i).append(".\", \"language\": \"en\"}\n");
        }
        HttpResponse<String> imported = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/api/archive/import"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(lines.toString())));
        assertEquals(200, imported.statusCode(), imported.body());
        folkmoot.await("/api/search?q=library", r -> total(r) == 12, Duration.ofSeconds(30));

        HttpResponse<String> page = folkmoot.get("/search?q=%7Blibary%7D", "Accept", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        // A misspelt word is searched as its nearest indexed spelling and the page says so; a "did you
        // mean" link, where one is offered, keeps the braces and is relative.
        assertTrue(page.body().contains("id=\"showing-results-for\"") || page.body().contains("id=\"did-you-mean\""),
                "a correction is offered: " + page.body());
        if (page.body().contains("id=\"did-you-mean\"")) {
            assertTrue(page.body().contains("href=\"?q=%7Blibrary%7D\""), "the suggestion keeps the braces, relative: " + page.body());
        }
        HttpResponse<String> paged = folkmoot.get("/search?q=%7Blibrary%7D&lang=cy", "Accept", "text/html");
        assertEquals(200, paged.statusCode(), paged.body());
        assertTrue(paged.body().contains("rel=\"next\""), "12 hits give a next page: " + paged.body());
        for (String body : List.of(page.body(), paged.body())) {
            assertFalse(body.contains("href=\"http://") || body.contains("href=\"https://127.0.0.1"),
                    "links on the page are relative: " + body);
        }
        assertTrue(paged.body().contains("href=\"?q=%7Blibrary%7D&amp;lang=cy&amp;offset=10\"")
                || paged.body().contains("href=\"?lang=cy&amp;q=%7Blibrary%7D&amp;offset=10\""), paged.body());
    }

    @Test
    @Order(3)
    void enablingAnEnabledModuleChangesNothingAndNoRequestFails() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(folkmoot.home().resolve("deploy"))) {
            jar = files.filter(p -> p.getFileName().toString().startsWith("search-")).findFirst().orElseThrow();
        }
        FileTime before = Files.getLastModifiedTime(jar);
        AtomicBoolean stop = new AtomicBoolean();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread load = new Thread(() -> {
            while (!stop.get()) {
                statuses.add(folkmoot.get("/api/search?q=library").statusCode());
            }
        });
        load.start();
        FolkmootProcess.CommandResult enable = folkmoot.command("enable", "search");
        // A rewritten jar is seen at FileInstall's next poll (100 ms): keep asking well past several polls.
        int atEnable = statuses.size();
        folkmoot.await("/health", r -> statuses.size() >= atEnable + 150, Duration.ofSeconds(60));
        stop.set(true);
        load.join();
        assertEquals(0, enable.exitCode(), enable.output());
        assertTrue(enable.output().contains("already enabled; nothing changed"), enable.output());
        assertEquals(before, Files.getLastModifiedTime(jar), "the module's jar was rewritten, so FileInstall restarts it");
        assertTrue(statuses.stream().allMatch(s -> s == 200), "every request answered 200: " + statuses);
    }

    @Test
    @Order(4)
    void helpIsAnOption() throws Exception {
        for (String flag : List.of("--help", "-h")) {
            FolkmootProcess.CommandResult help = folkmoot.command(flag);
            assertEquals(0, help.exitCode(), help.output());
            assertTrue(help.output().startsWith("Usage: bin/folkmoot"), help.output());
        }
    }

    private static void runTheDemoInTheDistribution() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("folkmoot-demo-", ".log");
        Process demo = new ProcessBuilder(FolkmootProcess.DISTRIBUTION.resolve("bin/folkmoot").toString(), "--demo",
                "--port", Integer.toString(port)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            int total = -1;
            while (total < 360 && System.nanoTime() < deadline && demo.isAlive()) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q="))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    total = total(r);
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            assertTrue(total >= 360, "the demo did not load its contributions:\n" + Files.readString(log));
        } finally {
            demo.destroy();
            if (!demo.waitFor(30, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    private static int total(HttpResponse<String> r) {
        try {
            JsonNode body = JSON.readTree(r.body());
            return r.statusCode() == 200 ? body.get("total").asInt() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
