package org.folkmoot.distribution.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A bounded stream of GETs through the load balancer from a few threads, each request waiting for
 * the one before (so the load is as large as the threads, never more), recording every answer that
 * is not the expected one. Stopped with {@link #close()}.
 */
final class ReadLoad implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong answered = new AtomicLong();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();

    /** @param paths GETs made in turn; {@code uri} turns a path into the load balancer's address */
    ReadLoad(int threadCount, List<String> paths, Function<String, URI> uri) {
        this.threads = Executors.newFixedThreadPool(threadCount);
        for (int t = 0; t < threadCount; t++) {
            int offset = t;
            threads.submit(() -> {
                for (long i = offset; running.get(); i++) {
                    String path = paths.get((int) (i % paths.size()));
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.apply(path)).timeout(Duration.ofSeconds(30))
                                .GET().build(), HttpResponse.BodyHandlers.ofString());
                        byStatus.computeIfAbsent(r.statusCode(), s -> new AtomicLong()).incrementAndGet();
                        if (r.statusCode() != 200) {
                            failures.add("GET " + path + ": " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        failures.add("GET " + path + ": " + e);
                    }
                    answered.incrementAndGet();
                }
            });
        }
    }

    long answered() {
        return answered.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(60, TimeUnit.SECONDS);
    }
}
