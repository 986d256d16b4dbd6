package org.folkmoot.distribution.cluster;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.folkmoot.distribution.FolkmootProcess;
import org.junit.jupiter.api.Test;

/**
 * Throughput and latency of a mixed load of searches and writes through nginx in front of 1, 2 and 3
 * runtimes (or any list) on one PostgreSQL, side by side in one run: the runtimes start once, and each
 * round measures every cluster size in turn (nginx restarted in front of the first N runtimes), so a
 * noisy machine affects them alike. Not part of {@code mvn verify} (its name ends in neither IT nor
 * Test); {@code distribution/bench/cluster.sh} runs it. Parameters (system properties):
 * {@code bench.runtimes} (1,2,3), {@code bench.threads} client threads (4), {@code bench.seconds} per
 * measurement (20), {@code bench.rounds} (2), {@code bench.writePercent} (20), {@code bench.contributions}
 * imported before measuring (5000).
 */
class ClusterBenchmark {
    private static final String TOKEN = "cluster-bench-" + UUID.randomUUID();
    private static final List<String> WORDS = List.of("library", "bus", "school", "park", "bins", "housing",
            "cycle lane", "flooding", "bandstand", "allotments", "parking", "playground", "ysgol", "llyfrgell",
            "street lights", "potholes", "community centre", "trees", "harbour", "market");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Result(int runtimes, int round, long searches, long writes, long failures, double seconds,
                  long[] searchNanos, long[] writeNanos) {
        double throughput() {
            return (searches + writes) / seconds;
        }
    }

    @Test
    void mixedSearchAndWritesThroughTheLoadBalancer() throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.runtimes", "1,2,3").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int threads = Integer.getInteger("bench.threads", 4);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int writePercent = Integer.getInteger("bench.writePercent", 20);
        int contributions = Integer.getInteger("bench.contributions", 5000);
        int most = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();

        List<FolkmootProcess> runtimes = new ArrayList<>();
        try (ClusterDatabase db = ClusterDatabase.create()) {
            Map<String, String> env = new HashMap<>(db.environment());
            env.put("FOLKMOOT_ADMIN_TOKEN", TOKEN);
            for (int i = 0; i < most; i++) {
                FolkmootProcess runtime = FolkmootProcess.install();
                runtimes.add(runtime);
                runtime.launch(env);
            }
            seed(runtimes, contributions);
            System.out.printf(Locale.ROOT, "cluster benchmark: %d cores, load %s, %d client threads, %d s per measurement,"
                    + " %d%% writes, %d contributions to search%n", Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).trim(), threads, seconds, writePercent, contributions);
            List<Result> results = new ArrayList<>();
            AtomicInteger writeNumber = new AtomicInteger();
            for (int round = 1; round <= rounds; round++) {
                // every other round in reverse, so that a machine growing busier or quieter favours no size
                List<Integer> order = new ArrayList<>(sizes);
                if (round % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (int n : order) {
                    try (LoadBalancer lb = LoadBalancer.start(FolkmootProcess.DISTRIBUTION.resolve("cluster/nginx.conf"),
                            runtimes.subList(0, n).stream().map(FolkmootProcess::port).toList())) {
                        measure(lb, threads, 3, writePercent, writeNumber, n, 0); // warm-up, not counted
                        Result r = measure(lb, threads, seconds, writePercent, writeNumber, n, round);
                        results.add(r);
                        System.out.println("  " + row(r));
                    }
                }
            }
            String table = table(sizes, results);
            System.out.println(table);
            Path out = Path.of("target/cluster-bench.md");
            Files.writeString(out, table);
            System.out.println("written to " + out.toAbsolutePath());
        } finally {
            for (FolkmootProcess runtime : runtimes) {
                runtime.close();
            }
        }
    }

    /** Contributions for searches to find, imported through the first runtime; waits until every runtime has them. */
    private void seed(List<FolkmootProcess> runtimes, int count) throws Exception {
        Random random = new Random(42);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String a = WORDS.get(random.nextInt(WORDS.size()));
            String b = WORDS.get(random.nextInt(WORDS.size()));
            lines.append(ClusterIT.line("seed-" + i, "Please look again at the " + a + " near the " + b
                    + " on road " + i + ": residents have asked about it for years.", "seed-author-" + (i % 97)));
        }
        HttpResponse<String> r = runtimes.get(0).send(HttpRequest.newBuilder(runtimes.get(0).uri("/api/archive/import"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(lines.toString())));
        if (r.statusCode() != 200) {
            throw new AssertionError(r.statusCode() + " " + r.body());
        }
        for (FolkmootProcess runtime : runtimes) {
            runtime.await("/api/search?q=residents", a -> a.statusCode() == 200 && a.body().contains("\"total\":" + count + ","),
                    Duration.ofMinutes(5));
        }
    }

    private Result measure(LoadBalancer lb, int threads, int seconds, int writePercent, AtomicInteger writeNumber,
                           int runtimes, int round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Future<long[][]>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(pool.submit(() -> client(lb, end, writePercent, writeNumber, new Random(thread * 31L + round))));
        }
        List<Long> searches = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        long failures = 0;
        for (Future<long[][]> f : work) {
            long[][] r = f.get();
            Arrays.stream(r[0]).forEach(searches::add);
            Arrays.stream(r[1]).forEach(writes::add);
            failures += r[2][0];
        }
        pool.shutdown();
        double took = (System.nanoTime() - started) / 1e9;
        return new Result(runtimes, round, searches.size(), writes.size(), failures, took,
                searches.stream().mapToLong(Long::longValue).sorted().toArray(),
                writes.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    /** One client: a request, its answer, the next; searches and writes mixed at random. */
    private long[][] client(LoadBalancer lb, long end, int writePercent, AtomicInteger writeNumber, Random random) {
        List<Long> searches = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        long failures = 0;
        while (System.nanoTime() < end) {
            boolean write = random.nextInt(100) < writePercent;
            HttpRequest request;
            if (write) {
                int n = writeNumber.incrementAndGet();
                String word = WORDS.get(random.nextInt(WORDS.size()));
                request = HttpRequest.newBuilder(lb.uri("/api/archive/import")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(ClusterIT.line("bench-" + n,
                                "A new request about the " + word + ", number " + n + ".", "bench-author-" + (n % 53))))
                        .build();
            } else {
                String q = WORDS.get(random.nextInt(WORDS.size()));
                request = HttpRequest.newBuilder(URI.create(lb.uri("/api/search?q=").toString()
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build();
            }
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (r.statusCode() != 200) {
                    failures++;
                } else {
                    (write ? writes : searches).add(took);
                }
            } catch (Exception e) {
                failures++;
            }
        }
        return new long[][] {searches.stream().mapToLong(Long::longValue).toArray(),
                writes.stream().mapToLong(Long::longValue).toArray(), {failures}};
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String row(Result r) {
        return String.format(Locale.ROOT, "round %d, %d runtime(s): %.0f requests/s, search p50 %.1f ms p99 %.1f ms,"
                + " write p50 %.1f ms p99 %.1f ms, %d failed", r.round(), r.runtimes(), r.throughput(),
                ms(r.searchNanos(), 0.5), ms(r.searchNanos(), 0.99), ms(r.writeNanos(), 0.5), ms(r.writeNanos(), 0.99),
                r.failures());
    }

    /** Per cluster size, all rounds together: requests per second, latency quantiles, and the cost against one runtime. */
    private static String table(List<Integer> sizes, List<Result> results) {
        StringBuilder t = new StringBuilder("| runtimes | requests/s | vs first | each round | searches | search p50 | search p99 | writes |"
                + " write p50 | write p99 | failed |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        double base = Double.NaN;
        for (int n : sizes) {
            List<Result> mine = results.stream().filter(r -> r.runtimes() == n).toList();
            long searches = mine.stream().mapToLong(Result::searches).sum();
            long writes = mine.stream().mapToLong(Result::writes).sum();
            double secs = mine.stream().mapToDouble(Result::seconds).sum();
            long[] s = mine.stream().flatMapToLong(r -> Arrays.stream(r.searchNanos())).sorted().toArray();
            long[] w = mine.stream().flatMapToLong(r -> Arrays.stream(r.writeNanos())).sorted().toArray();
            double rate = (searches + writes) / secs;
            if (Double.isNaN(base)) {
                base = rate;
            }
            String each = mine.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.throughput()))
                    .collect(java.util.stream.Collectors.joining(", "));
            t.append(String.format(Locale.ROOT, "| %d | %.0f | %.2f× | %s | %d | %.1f ms | %.1f ms | %d | %.1f ms | %.1f ms | %d |%n",
                    n, rate, rate / base, each, searches, ms(s, 0.5), ms(s, 0.99), writes, ms(w, 0.5), ms(w, 0.99),
                    mine.stream().mapToLong(Result::failures).sum()));
        }
        return t.toString();
    }
}
