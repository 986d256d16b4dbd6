package org.folkmoot.search.internal.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.folkmoot.search.internal.analysis.TestData;

/**
 * The benchmark against the real runtime (driven by {@code bundles/search/bench.sh}):
 * <ul>
 * <li>{@code corpus N PREFIX}: writes the N generated contributions (the same generator and seed as
 * {@link SearchBenchmark} and the PostgreSQL baseline) as JSON lines for {@code bin/folkmoot import},
 * in files {@code PREFIX-1.jsonl}, {@code PREFIX-2.jsonl}... of at most 200 MB (the import takes 256 MiB at most).</li>
 * <li>{@code query BASE_URL INDEX_DIR N}: times the mixed query set three ways, alternating request by
 * request in one run: {@code GET /api/search} on the runtime at BASE_URL (everything a resident gets:
 * parse, AND-then-OR, drill-sideways facets, snippets, JSON over HTTP); the same answer in this process
 * ({@link ContributionIndex#search} on a read-only view of the runtime's committed index: facets, snippets
 * and hints, no HTTP or JSON), which separates HTTP's own cost from that of facets and snippets; raw Lucene top 10 in this
 * process on the runtime's own committed index (the same parsed query with the same filters and
 * sort, no facets or snippets: the limit); PostgreSQL as CONSUL searches (if configured, loaded with
 * the same N contributions).</li>
 * </ul>
 */
public final class RuntimeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_FILE_BYTES = 200L << 20;

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "corpus" -> corpus(Integer.parseInt(args[1].replace("_", "")), args[2]);
            case "query" -> query(args[1], Paths.get(args[2]), Integer.parseInt(args[3].replace("_", "")));
            default -> throw new IllegalArgumentException("usage: corpus N PREFIX | query BASE_URL INDEX_DIR N");
        }
    }

    static void corpus(int n, String prefix) throws IOException {
        SearchBenchmark.Corpus corpus = SearchBenchmark.Corpus.load();
        Random random = new Random(42);
        int part = 0;
        long bytes = MAX_FILE_BYTES;
        BufferedWriter out = null;
        try {
            for (int i = 1; i <= n; i++) {
                IndexedContribution c = corpus.contribution(random, i);
                ObjectNode line = JSON.createObjectNode();
                line.put("externalId", "bench:" + i);
                line.put("title", c.title());
                line.put("body", c.body());
                line.put("language", c.language());
                line.put("module", c.module());
                line.put("containerType", c.containerType());
                line.put("containerId", c.containerId());
                line.put("containerTitle", c.containerTitle());
                line.put("kind", c.kind());
                line.put("locality", c.locality());
                line.put("author", "bench-author-" + (i % 5_000));
                line.put("created", c.created().toString());
                String text = JSON.writeValueAsString(line) + "\n";
                if (bytes + text.length() * 2L > MAX_FILE_BYTES) {
                    if (out != null) {
                        out.close();
                    }
                    Path file = Paths.get(prefix + "-" + (++part) + ".jsonl");
                    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    bytes = 0;
                    System.out.println(file);
                }
                out.write(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }

    /** The query string of {@code GET /api/search} for a request. */
    static String parameters(SearchRequest r) {
        StringBuilder q = new StringBuilder("q=").append(URLEncoder.encode(r.text(), StandardCharsets.UTF_8));
        for (Map.Entry<Facet, Set<String>> f : r.filters().entrySet()) {
            for (String v : f.getValue()) {
                q.append('&').append(f.getKey().key()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        if (r.sort() == SearchRequest.Sort.NEWEST) {
            q.append("&sort=newest");
        }
        return q.toString();
    }

    static void query(String baseUrl, Path indexDir, int n) throws Exception {
        int iterations = Integer.getInteger("bench.iterations", 200);
        ResidentQueryParser parser = new ResidentQueryParser(Fields.analyzer(), Fields.QUERY_WEIGHTS);
        FacetsConfig facetsConfig = new FacetsConfig();
        SearchBenchmark.Corpus corpus = SearchBenchmark.Corpus.load();
        PostgresBaseline pg = SearchBenchmark.postgres(corpus, n);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = committed(dir, n);
                ContributionIndex service = ContributionIndex.openReadOnly(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf(Locale.ROOT, "runtime index: %,d contributions; %d iterations per query type, HTTP, the same"
                    + " answer in process, raw Lucene and PostgreSQL alternating; load average %.1f%n", reader.numDocs(), iterations,
                    os.getSystemLoadAverage());
            if (reader.numDocs() != n) {
                System.out.printf(Locale.ROOT, "WARNING: the index has %,d contributions, not %,d%n", reader.numDocs(), n);
            }
            System.out.println();
            System.out.println("| query type | example | hits | HTTP p50 ms | HTTP p99 ms | same answer in process p50 ms"
                    + " | same answer p99 ms | raw Lucene top 10 p50 ms | raw p99 ms"
                    + " | PostgreSQL p50 ms | PostgreSQL p99 ms | PostgreSQL ÷ HTTP at p50 | HTTP ÷ same answer at p50"
                    + " | HTTP ÷ raw at p50 |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            List<Double> allHttp = new ArrayList<>();
            List<Double> allSame = new ArrayList<>();
            List<Double> allRaw = new ArrayList<>();
            List<Double> allPg = new ArrayList<>();
            for (Map.Entry<String, List<SearchRequest>> e : SearchBenchmark.querySet().entrySet()) {
                List<SearchRequest> requests = e.getValue();
                long hits = -1;
                int warmUp = Math.max(20, iterations / 5);
                double[] h = new double[iterations];
                double[] r = new double[iterations];
                double[] s = new double[iterations];
                double[] g = new double[pg == null ? 0 : iterations];
                for (int i = -warmUp; i < iterations; i++) {
                    SearchRequest req = requests.get(Math.floorMod(i, requests.size()));
                    URL url = URI.create(baseUrl + "/api/search?" + parameters(req)).toURL();
                    long t = System.nanoTime();
                    String body = get(url);
                    double httpMs = (System.nanoTime() - t) / 1e6;
                    if (hits < 0 && req == requests.get(0)) {
                        hits = JSON.readTree(body).get("total").asLong();
                    }
                    t = System.nanoTime();
                    SearchResult same = service.search(req);
                    double sameMs = (System.nanoTime() - t) / 1e6;
                    if (same.hits().isEmpty() && same.total() > 0) {
                        throw new IllegalStateException("no hits in process for " + parameters(req));
                    }
                    t = System.nanoTime();
                    raw(searcher, parser, facetsConfig, req);
                    double rawMs = (System.nanoTime() - t) / 1e6;
                    double pgMs = Double.NaN;
                    if (pg != null) {
                        t = System.nanoTime();
                        pg.search(req);
                        pgMs = (System.nanoTime() - t) / 1e6;
                    }
                    if (i >= 0) {
                        h[i] = httpMs;
                        r[i] = rawMs;
                        s[i] = sameMs;
                        if (pg != null) {
                            g[i] = pgMs;
                        }
                    }
                }
                for (double d : h) {
                    allHttp.add(d);
                }
                for (double d : r) {
                    allRaw.add(d);
                }
                for (double d : s) {
                    allSame.add(d);
                }
                for (double d : g) {
                    allPg.add(d);
                }
                row(e.getKey(), "`" + requests.get(0).text().replace("|", "\\|") + "`"
                        + (requests.get(0).filters().isEmpty() ? "" : " + filters"), hits, h, s, r, g);
            }
            row("**all**", "", -1, array(allHttp), array(allSame), array(allRaw), array(allPg));
            System.out.printf(Locale.ROOT, "%nload average at the end: %.1f%n", os.getSystemLoadAverage());
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    /**
     * GET on a kept-alive connection, read on this thread: a blocking client, so the time is the
     * server's answer and the loopback, not the hand-offs between an asynchronous client's threads
     * (java.net.http.HttpClient hands each response from its selector thread to an executor thread and
     * then to the caller; on a loaded machine each hand-off waits for a core).
     */
    private static String get(URL url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(30_000);
        int status = c.getResponseCode();
        java.io.InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream();
        String body;
        try (in) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status != 200) {
            throw new IllegalStateException("GET " + url + ": " + status + " " + body);
        }
        return body;
    }

    /** The runtime commits every few seconds: waits (up to a minute) for a commit with all N. */
    private static DirectoryReader committed(FSDirectory dir, int n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.numDocs() >= n || System.nanoTime() > deadline) {
                return reader;
            }
            reader.close();
            Thread.sleep(500);
        }
    }

    private static Object raw(IndexSearcher searcher, ResidentQueryParser parser, FacetsConfig config, SearchRequest r)
            throws IOException {
        Query q = parser.parse(r.text(), true);
        DrillDownQuery ddq = new DrillDownQuery(config, q);
        for (Map.Entry<Facet, Set<String>> f : r.filters().entrySet()) {
            for (String v : f.getValue()) {
                ddq.add(f.getKey().key(), v);
            }
        }
        return r.sort() == SearchRequest.Sort.NEWEST
                ? searcher.search(ddq, 10, new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true)))
                : searcher.search(ddq, 10);
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void row(String type, String example, long hits, double[] http, double[] same, double[] raw, double[] pg) {
        double h50 = pct(http, 50);
        double s50 = pct(same, 50);
        double r50 = pct(raw, 50);
        double g50 = pct(pg, 50);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %s | %s | %.1f× | %.1f× |%n",
                type, example, hits < 0 ? "" : String.format(Locale.ROOT, "%,d", hits), h50, pct(http, 99), s50, pct(same, 99),
                r50, pct(raw, 99),
                pg.length == 0 ? "–" : String.format(Locale.ROOT, "%.2f", g50),
                pg.length == 0 ? "–" : String.format(Locale.ROOT, "%.2f", pct(pg, 99)),
                pg.length == 0 ? "–" : String.format(Locale.ROOT, "%.1f×", g50 / h50), h50 / s50, h50 / r50);
    }

    private static double pct(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
