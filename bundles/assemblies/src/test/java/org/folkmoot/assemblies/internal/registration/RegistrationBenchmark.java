package org.folkmoot.assemblies.internal.registration;

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.assemblies.internal.lottery.TraffordGazetteer;
import org.folkmoot.testkit.FolkmootRuntime;

/**
 * Registration under load (issue 12; not a test): {@code bundles/assemblies/bench.sh registrations
 * [RATE, default 50] [SECONDS, default 60]}. Starts the built distribution, commissions an assembly
 * through the API, draws enough letters from the made-up Trafford gazetteer, then posts one
 * household's registration (one to three people) per code to {@code POST /api/assemblies/{id}/registrations}
 * over real HTTP at a fixed rate, open loop: each request is sent on its schedule whether or not the
 * earlier ones have been answered, and its time is counted from when it was due, so a slow server
 * shows as latency rather than as a lower rate. Reports every answer that was not 201, the latency
 * percentiles, and the runtime's processor time beside the wall clock (the machine is shared).
 */
public final class RegistrationBenchmark {
    private static final String ID = "bench-registrations";
    private static final Pattern CODE = Pattern.compile("\"code\":\"([0-9A-Z]+)\"");

    private RegistrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int total = rate * seconds;
        String admin = "bench-admin-" + UUID.randomUUID();
        System.out.printf("Registration benchmark: %d registrations a second for %d s (%,d households), %d processors, Java %s%n",
                rate, seconds, total, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (FolkmootRuntime folkmoot = FolkmootRuntime.install()) {
            long t = System.nanoTime();
            folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", admin));
            folkmoot.await("/api/assemblies", r -> r.statusCode() == 200, Duration.ofSeconds(120));
            System.out.printf("runtime started in %.1f s on port %d%n", (System.nanoTime() - t) / 1e9, folkmoot.port());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            List<String> codes = prepare(folkmoot, http, admin, total);
            System.out.printf("%,d letters drawn; posting registrations...%n", codes.size());

            long cpuBefore = cpu(folkmoot.pid());
            long[] latency = new long[total];
            Arrays.fill(latency, -1);
            Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
            Map<String, String> firstBody = new ConcurrentHashMap<>();
            List<CompletableFuture<?>> sent = new ArrayList<>();
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            long period = 1_000_000_000L / rate;
            AtomicInteger next = new AtomicInteger();
            CompletableFuture<Void> allDue = new CompletableFuture<>();
            clock.scheduleAtFixedRate(() -> {
                // catch up on every request now due, each timed from when it was due
                long now = System.nanoTime();
                int i;
                while ((i = next.get()) < total && start + i * period <= now) {
                    next.incrementAndGet();
                    long due = start + i * period;
                    int n = i;
                    HttpRequest request = HttpRequest.newBuilder(folkmoot.uri("/api/assemblies/" + ID + "/registrations"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(household(codes.get(n), n))).build();
                    synchronized (sent) {
                        sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                            latency[n] = System.nanoTime() - due;
                            String what = e != null ? e.getClass().getSimpleName() : r.statusCode() == 201 ? null : "HTTP " + r.statusCode();
                            if (what != null) {
                                failures.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
                                firstBody.putIfAbsent(what, e != null ? String.valueOf(e.getMessage()) : r.body());
                            }
                        }));
                    }
                }
                if (next.get() >= total) {
                    allDue.complete(null);
                }
            }, 0, Math.max(1, period / 4_000), TimeUnit.MICROSECONDS);
            allDue.get();
            clock.shutdown();
            long lastSent = System.nanoTime();
            CompletableFuture<?>[] all;
            synchronized (sent) {
                all = sent.toArray(new CompletableFuture<?>[0]);
            }
            CompletableFuture.allOf(all).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
            double wall = (System.nanoTime() - start) / 1e9;
            long cpuAfter = cpu(folkmoot.pid());

            long[] sorted = Arrays.stream(latency).filter(l -> l >= 0).sorted().toArray();
            int errors = failures.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("sent %,d in %.1f s (%.1f a second as sent), all answered after %.1f s%n", total,
                    (lastSent - start) / 1e9, total / ((lastSent - start) / 1e9), wall);
            System.out.printf("answers: %,d registered (201), %d errors%s%n", total - errors, errors,
                    failures.isEmpty() ? "" : " " + new TreeMap<>(failures));
            firstBody.forEach((k, v) -> System.out.printf("  first %s: %s%n", k, v.length() > 300 ? v.substring(0, 300) : v));
            System.out.printf("latency from when each was due: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
            System.out.printf("runtime processor time during the run: %.1f s over %.1f s of wall clock (%.0f%% of one processor)%n",
                    (cpuAfter - cpuBefore) / 1e9, wall, 100.0 * (cpuAfter - cpuBefore) / 1e9 / wall);
            String count = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/api/assemblies/" + ID + "/registrations")),
                    "Authorization", "Bearer " + admin).body();
            Matcher registered = Pattern.compile("\"household\":\"([^\"]+)\"").matcher(count);
            java.util.Set<String> households = new java.util.HashSet<>();
            while (registered.find()) {
                households.add(registered.group(1));
            }
            System.out.printf("households registered as the runtime counts them: %,d%n", households.size());
            System.out.printf("load average at the end: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        }
    }

    /** The assembly, its seed and its letters, through the officers' API; the codes of every drawn household. */
    private static List<String> prepare(FolkmootRuntime folkmoot, HttpClient http, String admin, int households) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String commission = """
                {"id":"%s","questionEn":"How should Trafford spend its transport budget?","questionCy":"Sut dylai Trafford wario ei gyllideb trafnidiaeth?",
                 "remitEn":"Recommend priorities.","remitCy":"Argymell blaenoriaethau.","commissionedBy":"Benchmark Council",
                 "sessions":["%s"],"announcedOn":"%s","responseDue":"%s","panelSize":30,"retentionUntil":"%s",
                 "questions":[{"category":"sex","en":"Sex","cy":"Rhyw","fromDateOfBirth":false,
                   "answers":[{"value":"female","en":"Female","cy":"Benyw"},{"value":"male","en":"Male","cy":"Gwryw"}]},
                  {"category":"age","en":"Age","cy":"Oedran","fromDateOfBirth":true,
                   "answers":[{"value":"16-44","en":"16 to 44","cy":"16 i 44","fromAge":16,"toAge":44},{"value":"45+","en":"45 or over","cy":"45 neu hŷn","fromAge":45}]}]}
                """.formatted(ID, today.plusDays(60), today, today.plusDays(200), today.plusDays(400));
        expect(201, send(http, folkmoot, "POST", "/api/assemblies", "application/json", commission, admin));
        expect(200, send(http, folkmoot, "PUT", "/api/assemblies/" + ID + "/seed", "application/json",
                "{\"seed\":\"registration benchmark\"}", admin));
        StringWriter file = new StringWriter();
        TraffordGazetteer.write(households + households / 2, file);
        expect(200, send(http, folkmoot, "POST", "/api/assemblies/" + ID + "/lottery?letters=" + households, "text/csv",
                file.toString(), admin));
        String drawn = send(http, folkmoot, "GET", "/api/assemblies/" + ID + "/households", null, null, admin).body();
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(drawn);
        while (m.find()) {
            codes.add(m.group(1));
        }
        if (codes.size() < households) {
            throw new IllegalStateException("only " + codes.size() + " codes drawn");
        }
        return codes;
    }

    /** One to three people of a household, made up, with every answer the form needs. */
    static String household(String code, int n) {
        StringBuilder people = new StringBuilder();
        for (int p = 0; p <= n % 3; p++) {
            if (p > 0) {
                people.append(',');
            }
            people.append("""
                    {"name":"Bench Person %d-%d","dateOfBirth":"%d-0%d-1%d","email":"bench%d.%d@example.org","answers":{"sex":"%s"},
                     "available":true,"consent":true}""".formatted(n, p, 1940 + (n + p * 7) % 60, 1 + n % 9, p, n, p,
                    (n + p) % 2 == 0 ? "female" : "male"));
        }
        return "{\"code\":\"" + code + "\",\"people\":[" + people + "]}";
    }

    private static HttpResponse<String> send(HttpClient http, FolkmootRuntime folkmoot, String method, String path, String type,
            String body, String admin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(folkmoot.uri(path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + admin);
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** Processor time of the runtime's process and everything it started, in nanoseconds. */
    private static long cpu(long pid) {
        return ProcessHandle.of(pid).map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants())
                .mapToLong(h -> h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum()).orElse(0L);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
