package org.folkmoot.distribution.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes through the load balancer from a few threads, one contribution per request, each with an
 * external id of its own: the archive's idempotency key. A write that is not answered 200 (the
 * runtime died under it, or was still starting) is sent again, with the same id, until it is, as a
 * careful client does; the id makes the second try a no-op if the first was stored after all. A
 * write counts as acknowledged when a 200 says it was imported or was already there.
 */
final class WriteLoad implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<String> givenUp = new ConcurrentLinkedQueue<>();
    final AtomicLong retries = new AtomicLong();

    WriteLoad(int threadCount, String prefix, String word, URI importUri, String token) {
        this.threads = Executors.newFixedThreadPool(threadCount);
        for (int t = 0; t < threadCount; t++) {
            int thread = t;
            threads.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    String id = prefix + thread + "-" + n;
                    String line = ClusterIT.line(id, "Write " + n + " of thread " + thread + " under load: " + word
                            + " " + id.replace('-', 'x') + ".", "load-author-" + thread);
                    write(importUri, token, id, line);
                }
            });
        }
    }

    private void write(URI importUri, String token, String id, String line) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(importUri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    JsonNode answer = JSON.readTree(r.body());
                    if (answer.get("imported").asInt() + answer.get("skipped").asInt() == 1) {
                        acknowledged.add(id);
                        return;
                    }
                }
                last = r.statusCode() + " " + r.body();
            } catch (Exception e) {
                last = e.toString();
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(200); // a client's pause before trying again, not a wait for a condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        givenUp.add(id + ": " + last);
    }

    int acknowledged() {
        return acknowledged.size();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(120, TimeUnit.SECONDS);
    }
}
