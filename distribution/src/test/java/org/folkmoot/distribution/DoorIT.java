package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The door: requests Jetty refuses before any servlet runs get a problem (or the site's page for a
 * browser) with the same security headers as every other answer; signed-in answers are never
 * cached; behind a trusted TLS-terminating proxy the session cookie is Secure and HSTS is sent.
 */
class DoorIT {

    private static final String TOKEN = "door-it-admin-" + UUID.randomUUID();
    /** The proxy's address: Linux routes all of 127.0.0.0/8 to this host, so a test can speak from it. */
    private static final String PROXY = "127.0.0.2";

    private static FolkmootProcess folkmoot;

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootProcess.install();
        folkmoot.writeConfig("org.folkmoot.web.Proxies", "trustedProxies = " + PROXY + "\n");
        folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN));
        HttpResponse<String> created = folkmoot.send(java.net.http.HttpRequest.newBuilder(folkmoot.uri("/api/accounts"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"id\":\"door-resident\",\"password\":\"a long door password\",\"roles\":[\"resident\"]}")));
        assertEquals(201, created.statusCode(), created.body());
    }

    @AfterAll
    static void stop() throws Exception {
        folkmoot.close();
    }

    @Test
    void requestsRefusedBeforeAnyServletGetAProblemWithTheSecurityHeaders() {
        record Door(String path, String[] headers, int status) {
        }
        for (Door door : List.of(new Door("/api/search%2Fx", new String[0], 400),
                new Door("/search?q=" + "a".repeat(20_000), new String[0], 414),
                new Door("/", new String[] {"X-Big", "b".repeat(20_000)}, 431))) {
            String what = door.path().substring(0, Math.min(30, door.path().length()));
            for (String accept : List.of("application/json", "text/html")) {
                List<String> headers = new ArrayList<>(List.of(door.headers()));
                headers.addAll(List.of("Accept", accept));
                HttpResponse<String> r = folkmoot.get(door.path(), headers.toArray(String[]::new));
                assertEquals(door.status(), r.statusCode(), what + ": " + r.body());
                String type = r.headers().firstValue("Content-Type").orElse("");
                // Jetty refuses these before it has read the request's Accept, so most come back as problems
                assertTrue(type.startsWith("application/problem+json") || type.startsWith("text/html;charset=utf-8"), type);
                if (type.startsWith("application/problem+json")) {
                    assertTrue(r.body().contains("\"status\":" + door.status()), r.body());
                } else {
                    assertTrue(r.body().contains("/assets/folkmoot.css"), r.body());
                }
                assertFalse(r.body().contains("HTTP ERROR"), "not Jetty's own page: " + r.body());
                assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
                assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), what);
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
                assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), what);
            }
        }
    }

    @Test
    void signedInAnswersAreNeverCached() {
        HttpResponse<String> me = folkmoot.get("/api/auth/me", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, me.statusCode());
        assertEquals("no-store", me.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> modules = folkmoot.get("/api/modules", "Authorization", "Bearer " + TOKEN);
        assertEquals("no-store", modules.headers().firstValue("Cache-Control").orElse(""), "any endpoint, signed in");
        HttpResponse<String> home = folkmoot.get("/", "Authorization", "Bearer " + TOKEN, "Accept", "text/html");
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""), "pages too");
    }

    @Test
    void behindATrustedProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        String login = "POST /api/auth/login HTTP/1.1\r\nContent-Type: application/json\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-For: 203.0.113.9\r\n";
        String body = "{\"username\":\"door-resident\",\"password\":\"a long door password\"}";
        Raw viaProxy = raw(PROXY, login, body);
        assertEquals(200, viaProxy.status(), viaProxy.head());
        assertTrue(viaProxy.header("Set-Cookie").contains("Secure"), viaProxy.head());
        assertTrue(viaProxy.header("Strict-Transport-Security").startsWith("max-age="), viaProxy.head());
        assertEquals("no-store", viaProxy.header("Cache-Control"), viaProxy.head());
        // The same headers from anyone else are not believed.
        Raw direct = raw("127.0.0.1", login, body);
        assertEquals(200, direct.status(), direct.head());
        assertFalse(direct.header("Set-Cookie").contains("Secure"), direct.head());
        assertEquals("", direct.header("Strict-Transport-Security"), direct.head());
        // Standard Forwarded works as well.
        Raw forwarded = raw(PROXY, "GET /health HTTP/1.1\r\nForwarded: for=203.0.113.9;proto=https\r\n");
        assertTrue(forwarded.header("Strict-Transport-Security").startsWith("max-age="), forwarded.head());
    }

    /** Counts an answer the test's own waiting got too: each 503 it meets is logged like any other. */
    private static int counted(java.util.Map<Integer, java.util.concurrent.atomic.AtomicInteger> statuses, int status) {
        statuses.computeIfAbsent(status, s -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        return status;
    }

    /** Felix's log: a redeploy under load logs each 503 once, at INFO, and no ERROR, stack trace or Jersey warning. */
    @Test
    void aRedeployUnderLoadLogsWhatIsWorthLoggingOnce() throws Exception {
        int before = folkmoot.log().length();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ConcurrentHashMap<Integer, java.util.concurrent.atomic.AtomicInteger> statuses =
                new java.util.concurrent.ConcurrentHashMap<>();
        Thread load = new Thread(() -> {
            while (running.get()) {
                try {
                    int status = folkmoot.get("/api/example").statusCode();
                    statuses.computeIfAbsent(status, s -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                } catch (RuntimeException e) {
                    // a connection refused in the moment: not an answer
                }
            }
        });
        load.start();
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(0, folkmoot.command("enable", "example").exitCode());
                folkmoot.await("/api/example", r -> counted(statuses, r.statusCode()) == 200, java.time.Duration.ofSeconds(20));
                assertEquals(0, folkmoot.command("disable", "example").exitCode());
                folkmoot.await("/api/example", r -> counted(statuses, r.statusCode()) == 404, java.time.Duration.ofSeconds(20));
            }
        } finally {
            running.set(false);
            load.join();
        }
        String log = folkmoot.log().substring(before);
        assertFalse(statuses.containsKey(500), "no 500 during redeploys: " + statuses);
        assertFalse(log.contains("ERROR org.apache.felix.http"), log);
        assertFalse(log.contains("The resource to add is not valid"), log);
        assertFalse(log.contains("Could not add content"), log);
        assertFalse(log.contains("An exception mapping did not"), log);
        assertFalse(log.contains("\tat org."), "no stack trace: " + log);
        long logged503 = log.lines().filter(l -> l.contains("INFO") && l.contains("answered 503: its module is restarting")).count();
        int answered503 = statuses.getOrDefault(503, new java.util.concurrent.atomic.AtomicInteger()).get();
        assertEquals(answered503, logged503, "each 503 logged once: " + statuses);
    }

    /** An answer read off a raw socket: status line and headers, then the body. */
    record Raw(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }
    }

    private static Raw raw(String from, String requestHead) throws Exception {
        return raw(from, requestHead, null);
    }

    /** Sends a request from a chosen local address, as it is written (HttpClient refuses some of these). */
    private static Raw raw(String from, String requestHead, String body) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", folkmoot.port()), 5000);
            socket.setSoTimeout(20_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = requestHead + "Host: 127.0.0.1\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(all);
            } catch (java.net.SocketException resetAfterAnswer) {
                // Jetty may reset a connection whose request it refused; what it answered is kept
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String responseHead = end < 0 ? text : text.substring(0, end);
            String responseBody = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(responseHead.split(" ")[1]);
            return new Raw(status, responseHead, responseBody);
        }
    }
}
