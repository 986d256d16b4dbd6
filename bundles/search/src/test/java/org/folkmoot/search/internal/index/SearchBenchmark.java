package org.folkmoot.search.internal.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.folkmoot.search.internal.analysis.TestData;

/**
 * Benchmark harness: generates N contributions from UK Parliament petition sentences (OGL v3.0:
 * "Contains public sector information licensed under the Open Government Licence v3.0.") with
 * Welsh mixed in from the CC0 Welsh sentence corpus (techiaith/corpws-CC0), indexes them through
 * {@link ContributionIndex} (full rebuild throughput), then measures in-process query latency, p50
 * and p99, for a mixed query set, two ways: the full search service (parse, drill-sideways facets,
 * snippets, hints) and raw Lucene top-10 on the same parsed query (the limit).
 *
 * <p>Run: {@code bundles/search/bench.sh [contributions] [index dir]}. PostgreSQL and HTTP
 * columns come with the runtime.
 */
public final class SearchBenchmark {

    private static final String[] MODULES = {"assemblies", "plans", "assets", "decidim", "consultations"};
    private static final String[] KINDS = {"comment", "proposal", "submission", "representation"};
    private static final int WELSH_PERCENT = 15;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path dir = args.length > 1 ? Paths.get(args[1]) : Files.createTempDirectory("folkmoot-bench");
        int iterations = Integer.getInteger("bench.iterations", 200);
        Corpus corpus = Corpus.load();
        System.out.printf(Locale.ROOT, "corpus: %d English sentences, %d Welsh sentences; index at %s%n",
                corpus.english.size(), corpus.welsh.size(), dir);

        ContributionIndex.Settings settings = new ContributionIndex.Settings(Double.parseDouble(System.getProperty("bench.maxStale", "0.25")), 0.01, 60_000, 256);
        try (FSDirectory fs = FSDirectory.open(dir); ContributionIndex index = new ContributionIndex(fs, settings)) {
            if (index.size() != n) {
                index.clear();
                Random random = new Random(42);
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean();
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                // As the follower does for a rebuild.
                index.bulkMode(Boolean.parseBoolean(System.getProperty("bench.bulk", "true")));
                List<IndexedContribution> batch = new ArrayList<>(1_000);
                for (int i = 1; i <= n; i++) {
                    batch.add(corpus.contribution(random, i));
                    if (batch.size() == 1_000 || i == n) {
                        index.applyAll(batch); // as the follower does, one archive page at a time
                        batch.clear();
                    }
                    if (i % 100_000 == 0) {
                        System.out.printf(Locale.ROOT, "  indexed %,d (%.0f/s)%n", i, i / seconds(start));
                    }
                }
                index.bulkMode(false);
                index.commit();
                index.awaitSearchable(60_000);
                double secs = seconds(start);
                double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
                System.out.printf(Locale.ROOT, "indexing: %,d contributions in %.1f s wall = %,.0f contributions/s (incl. commit);"
                        + " process CPU %.1f s = %,.0f contributions per CPU-second; load average now %.1f on %d cores%n",
                        n, secs, n / secs, cpu, n / cpu, os.getSystemLoadAverage(), os.getAvailableProcessors());
            } else {
                System.out.printf(Locale.ROOT, "reusing index with %,d contributions%n", n);
            }
            System.out.printf(Locale.ROOT, "index size on disk: %,d MB%n", sizeMb(dir));
            PostgresBaseline pg = postgres(corpus, n);
            try {
                runQueries(index, iterations, pg);
            } finally {
                if (pg != null) {
                    pg.close();
                }
            }
        }
    }

    /** The PostgreSQL baseline if -Dbench.pg.url (or FOLKMOOT_TEST_PG_URL) is given, loaded with the same corpus. */
    static PostgresBaseline postgres(Corpus corpus, int n) throws Exception {
        String url = System.getProperty("bench.pg.url", System.getenv("FOLKMOOT_TEST_PG_URL"));
        if (url == null || url.isBlank()) {
            System.out.println("PostgreSQL baseline skipped: set -Dbench.pg.url=jdbc:postgresql://... (and bench.pg.user, bench.pg.password)");
            return null;
        }
        PostgresBaseline pg = new PostgresBaseline(url,
                System.getProperty("bench.pg.user", System.getenv("FOLKMOOT_TEST_PG_USER")),
                System.getProperty("bench.pg.password", System.getenv("FOLKMOOT_TEST_PG_PASSWORD")));
        if (pg.count() != n) {
            double secs = pg.load(corpus, n);
            System.out.printf(Locale.ROOT, "postgres: %,d contributions loaded and GIN-indexed in %.1f s = %,.0f contributions/s%n",
                    n, secs, n / secs);
        } else {
            System.out.printf(Locale.ROOT, "postgres: reusing table with %,d contributions%n", n);
        }
        return pg;
    }

    /** The mixed query set: single common and rare terms, AND, OR, phrases, filtered, faceted, newest first. */
    static Map<String, List<SearchRequest>> querySet() {
        Map<String, List<SearchRequest>> set = new LinkedHashMap<>();
        set.put("common term", List.of(SearchRequest.of("government"), SearchRequest.of("people"),
                SearchRequest.of("support"), SearchRequest.of("children")));
        set.put("rare term", List.of(SearchRequest.of("ventilation"), SearchRequest.of("hedgehogs"),
                SearchRequest.of("cyngor"), SearchRequest.of("allotments")));
        set.put("AND", List.of(SearchRequest.of("school funding"), SearchRequest.of("mental health support"),
                SearchRequest.of("climate emergency")));
        set.put("OR", List.of(SearchRequest.of("nhs | hospital"), SearchRequest.of("bus | train | rail")));
        set.put("phrase", List.of(SearchRequest.of("\"climate change\""), SearchRequest.of("\"local council\""),
                SearchRequest.of("\"yng Nghymru\"")));
        set.put("filtered", List.of(SearchRequest.of("government").withFilter(Facet.MODULE, "plans"),
                SearchRequest.of("people").withFilter(Facet.LANGUAGE, "cy").withFilter(Facet.YEAR, "2024")));
        set.put("faceted multi", List.of(SearchRequest.of("school").withFilter(Facet.MODULE, "plans", "assets")
                .withFilter(Facet.KIND, "comment")));
        set.put("newest first", List.of(SearchRequest.of("housing").withSort(SearchRequest.Sort.NEWEST)));

        return set;
    }

    static void runQueries(ContributionIndex index, int iterations, PostgresBaseline pg) throws IOException {
        Map<String, List<SearchRequest>> set = querySet();
        System.out.println();
        System.out.println("| query type | example | hits | service p50 ms | service p99 ms | raw Lucene top-10 p50 ms | raw p99 ms"
                + " | PostgreSQL top-10 p50 ms | PostgreSQL p99 ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        List<Double> allPg = new ArrayList<>();
        ResidentQueryParser parser = new ResidentQueryParser(Fields.analyzer(), Fields.QUERY_WEIGHTS);
        List<Double> allService = new ArrayList<>();
        List<Double> allRaw = new ArrayList<>();
        for (Map.Entry<String, List<SearchRequest>> e : set.entrySet()) {
            List<SearchRequest> requests = e.getValue();
            long hits = index.search(requests.get(0)).total();
            double[] service = time(iterations, i -> index.search(requests.get(i % requests.size())));
            double[] raw = time(iterations, i -> {
                SearchRequest r = requests.get(i % requests.size());
                Query q = parser.parse(r.text(), true);
                return index.withSearcher(s -> s.search(q, 10));
            });
            double[] pgTimes = pg == null ? new double[] {Double.NaN} : time(Math.max(20, iterations / 4), i -> {
                try {
                    return pg.search(requests.get(i % requests.size()));
                } catch (java.sql.SQLException ex) {
                    throw new IOException(ex);
                }
            });
            for (double d : pgTimes) {
                allPg.add(d);
            }
            for (double d : service) {
                allService.add(d);
            }
            for (double d : raw) {
                allRaw.add(d);
            }
            System.out.printf(Locale.ROOT, "| %s | `%s` | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", e.getKey(),
                    requests.get(0).text().replace("|", "\\|"), hits, pct(service, 50), pct(service, 99),
                    pct(raw, 50), pct(raw, 99), pct(pgTimes, 50), pct(pgTimes, 99));
        }
        double[] s = allService.stream().mapToDouble(Double::doubleValue).toArray();
        double[] r = allRaw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] g = allPg.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "| **all** | | | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", pct(s, 50), pct(s, 99),
                pct(r, 50), pct(r, 99), pct(g, 50), pct(g, 99));
    }

    interface Timed {
        Object run(int i) throws IOException;
    }

    private static double[] time(int iterations, Timed task) throws IOException {
        for (int i = 0; i < Math.max(20, iterations / 5); i++) {
            task.run(i); // warm-up
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            task.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long sizeMb(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }

    /** Sentences to draw contributions from. */
    static final class Corpus {
        final List<String> english;
        final List<String> titles;
        final List<String> welsh;
        final List<String> containers = new ArrayList<>();
        final String[] localities = new String[40];

        private Corpus(List<String> english, List<String> titles, List<String> welsh) {
            this.english = english;
            this.titles = titles;
            this.welsh = welsh;
            for (int i = 0; i < 2_000; i++) {
                containers.add(titles.get(i % titles.size()));
            }
            for (int i = 0; i < localities.length; i++) {
                localities[i] = String.format(Locale.ROOT, "W0600%04d", i);
            }
        }

        static Corpus load() throws IOException {
            ObjectMapper json = new ObjectMapper();
            List<String> english = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            try (BufferedReader in = TestData.petitions()) {
                for (String line; (line = in.readLine()) != null; ) {
                    JsonNode p = json.readTree(line);
                    titles.add(p.path("action").asText(""));
                    for (String field : new String[] {"background", "additional_details"}) {
                        for (String sentence : p.path(field).asText("").split("(?<=[.!?])\\s+|\\n+")) {
                            if (sentence.length() > 20) {
                                english.add(sentence.trim());
                            }
                        }
                    }
                }
            }
            List<String> welsh = new ArrayList<>(TestData.welshSentences());
            welsh.removeIf(String::isBlank);
            return new Corpus(english, titles, welsh);
        }

        IndexedContribution contribution(Random random, long sequence) {
            boolean cy = random.nextInt(100) < WELSH_PERCENT;
            List<String> source = cy ? welsh : english;
            int sentences = 2 + random.nextInt(5);
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                body.append(source.get(random.nextInt(source.size()))).append(' ');
            }
            String title = cy ? welsh.get(random.nextInt(welsh.size())) : titles.get(random.nextInt(titles.size()));
            int container = random.nextInt(containers.size());
            Instant created = Instant.parse("2015-01-01T00:00:00Z").plusSeconds((long) random.nextInt(12 * 365) * 86_400
                    + random.nextInt(86_400));
            // Redacted as the archive feed redacts, so indexing throughput includes the platform's Redactor.
            String language = cy ? "cy" : "en";
            return new IndexedContribution("c" + sequence, sequence, Contributions.REDACTOR.redact(title, language),
                    Contributions.REDACTOR.redact(body.toString(), language), language,
                    MODULES[container % MODULES.length], "consultation", Integer.toString(container),
                    containers.get(container), KINDS[random.nextInt(KINDS.length)],
                    localities[random.nextInt(localities.length)], created, List.of(),
                    IndexedContribution.State.PUBLISHED, null);
        }
    }
}
