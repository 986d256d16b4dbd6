package org.folkmoot.search.internal.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The ranking evaluation: the 4,134 UK Parliament petitions of 2020-2022 (Contains public sector
 * information licensed under the Open Government Licence v3.0) indexed once per {@link Ranking},
 * the judged queries of {@code eval/queries.tsv} run against each, and nDCG@10 and MRR reported
 * side by side per query type from the graded judgments in {@code eval/judgments.tsv}.
 *
 * <p>Run {@code bundles/search/eval.sh}; {@code eval.sh pool} prints, for judging, every petition in
 * the union of the top 20 of every ranking that has no judgment yet. How the judgments were made:
 * {@code src/test/resources/eval/README.md}.
 */
public final class RankingEvaluation {

    static final int POOL_DEPTH = 20;
    static final int CUTOFF = 10;
    /** A grade at or above this is "relevant" for MRR. */
    static final int RELEVANT = 2;

    record Petition(String id, String title, String body, Instant created) {
    }

    record JudgedQuery(String id, String type, String text, String intent) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("experiments")) {
            RankingExperiments.main(args);
            return;
        }
        boolean pool = args.length > 0 && args[0].equals("pool");
        List<Petition> petitions = petitions();
        List<JudgedQuery> queries = queries();
        Map<String, Map<String, Integer>> judgments = judgments();
        Map<Ranking, Map<String, List<String>>> runs = new EnumMap<>(Ranking.class);
        String only = System.getProperty("eval.only", "");
        for (Ranking ranking : Ranking.values()) {
            if (only.isEmpty() || java.util.Arrays.asList(only.split(",")).contains(ranking.name())) {
                runs.put(ranking, run(ranking, petitions, queries));
            }
        }
        for (String show : System.getProperty("eval.show", "").split(",")) {
            for (Map.Entry<Ranking, Map<String, List<String>>> e : runs.entrySet()) {
                List<String> top = e.getValue().get(show);
                if (top != null) {
                    Map<String, Integer> grades = judgments.getOrDefault(show, Map.of());
                    System.out.println(show + " " + e.getKey() + ": " + top.stream().limit(CUTOFF)
                            .map(id -> id + "=" + grades.getOrDefault(id, -1)).toList());
                }
            }
        }
        if (pool) {
            printPool(petitions, queries, judgments, runs);
        } else {
            Map<String, Map<String, List<String>>> labelled = new LinkedHashMap<>();
            runs.forEach((r, run) -> labelled.put(label(r), run));
            report(queries, judgments, labelled);
        }
    }

    static Map<String, List<String>> run(Ranking ranking, List<Petition> petitions, List<JudgedQuery> queries)
            throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (ContributionIndex index = new ContributionIndex(new ByteBuffersDirectory(),
                ContributionIndex.Settings.defaults(), ranking)) {
            index(index, petitions);
            for (JudgedQuery q : queries) {
                SearchResult r = index.search(SearchRequest.of(q.text()).withPage(0, POOL_DEPTH));
                out.put(q.id(), r.hits().stream().map(SearchResult.Hit::id).toList());
                if (ranking == Ranking.RESIDENT && r.showingResultsFor() != null) {
                    System.out.printf(Locale.ROOT, "%s: \"%s\" shows \"Showing results for %s\"%n", q.id(), q.text(),
                            r.showingResultsFor());
                }
            }
        }
        return out;
    }

    /** Indexes each petition as an English contribution (the action its title) and waits until all are searchable. */
    static void index(ContributionIndex index, List<Petition> petitions) throws Exception {
        List<IndexedContribution> all = new ArrayList<>();
        long seq = 0;
        for (Petition p : petitions) {
            all.add(new IndexedContribution(p.id(), ++seq, p.title(), p.body(), "en", "petitions", "petition",
                    p.id(), p.title(), "petition", null, p.created(), List.of(),
                    IndexedContribution.State.PUBLISHED, null));
        }
        index.bulkMode(true);
        index.applyAll(all);
        index.bulkMode(false);
        if (!index.awaitSearchable(60_000)) {
            throw new IllegalStateException("not searchable");
        }
    }

    /** nDCG@10 and MRR per query type of each run (label -> query id -> petition ids, best first). */
    static void report(List<JudgedQuery> queries, Map<String, Map<String, Integer>> judgments,
            Map<String, Map<String, List<String>>> runs) {
        Set<String> types = new LinkedHashSet<>();
        queries.forEach(q -> types.add(q.type()));
        types.add("all");
        System.out.printf(Locale.ROOT, "%d judged queries over %d petitions; %d judgments (grades 0-3); nDCG@%d and MRR (first grade >= %d)%n",
                queries.size(), 4134, judgments.values().stream().mapToInt(Map::size).sum(), CUTOFF, RELEVANT);
        int width = Math.max(18, runs.keySet().stream().mapToInt(String::length).max().orElse(0));
        System.out.printf(Locale.ROOT, "%-" + width + "s", "ranking");
        for (String t : types) {
            System.out.printf(Locale.ROOT, " | %-22s", t + " (" + (t.equals("all") ? queries.size()
                    : queries.stream().filter(q -> q.type().equals(t)).count()) + ")");
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-" + width + "s", "");
        for (String t : types) {
            System.out.printf(Locale.ROOT, " | %-10s %-11s", "nDCG@10", "MRR");
        }
        System.out.println();
        int unjudged = 0;
        for (Map.Entry<String, Map<String, List<String>>> e : runs.entrySet()) {
            System.out.printf(Locale.ROOT, "%-" + width + "s", e.getKey());
            for (String t : types) {
                double ndcg = 0;
                double mrr = 0;
                int n = 0;
                for (JudgedQuery q : queries) {
                    if (!t.equals("all") && !q.type().equals(t)) {
                        continue;
                    }
                    List<String> ranked = e.getValue().get(q.id());
                    Map<String, Integer> grades = judgments.getOrDefault(q.id(), Map.of());
                    ndcg += ndcg(ranked, grades, CUTOFF);
                    mrr += reciprocalRank(ranked, grades);
                    n++;
                    if (t.equals("all")) {
                        unjudged += (int) ranked.stream().limit(CUTOFF).filter(id -> !grades.containsKey(id)).count();
                    }
                }
                System.out.printf(Locale.ROOT, " | %-10.3f %-11.3f", ndcg / n, mrr / n);
            }
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "unjudged petitions in the top %d of all rankings (counted as grade 0): %d%n", CUTOFF, unjudged);
        System.out.println("fingerprint of every ranking's top " + CUTOFF + " (the same in every run: ties are ordered newest first): "
                + fingerprint(runs));
        if (Boolean.getBoolean("eval.perQuery")) {
            for (JudgedQuery q : queries) {
                System.out.printf(Locale.ROOT, "%-4s %-11s %-40s", q.id(), q.type(), q.text());
                for (Map.Entry<String, Map<String, List<String>>> e : runs.entrySet()) {
                    System.out.printf(Locale.ROOT, " %.2f", ndcg(e.getValue().get(q.id()), judgments.getOrDefault(q.id(), Map.of()), CUTOFF));
                }
                System.out.println();
            }
        }
    }

    /** The first 8 hex digits of SHA-256 over each run's top petitions for each query, in order. */
    static String fingerprint(Map<String, Map<String, List<String>>> runs) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Map<String, List<String>>> e : runs.entrySet()) {
                for (Map.Entry<String, List<String>> q : e.getValue().entrySet()) {
                    String line = e.getKey() + "\t" + q.getKey() + "\t" + String.join(",", q.getValue().subList(0, Math.min(CUTOFF, q.getValue().size()))) + "\n";
                    sha.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(Ranking r) {
        switch (r) {
            case RESIDENT: return "new (layout 6)";
            case LAYOUT_5: return "today (layout 5)";
            case ALL_THEN_ANY: return "every word, then any (layout 3)";
            case PLAIN_BM25: return "plain BM25";
            default: return r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** nDCG with gains 2^grade - 1; the ideal ranking is over every judged petition of the query. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= RELEVANT) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return (1 << grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    static void printPool(List<Petition> petitions, List<JudgedQuery> queries, Map<String, Map<String, Integer>> judgments,
            Map<Ranking, Map<String, List<String>>> runs) {
        Map<String, Petition> byId = new HashMap<>();
        petitions.forEach(p -> byId.put(p.id(), p));
        for (JudgedQuery q : queries) {
            Set<String> pool = new java.util.TreeSet<>();
            runs.values().forEach(r -> pool.addAll(r.get(q.id())));
            Map<String, Integer> judged = judgments.getOrDefault(q.id(), Map.of());
            pool.removeAll(judged.keySet());
            if (pool.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "## %s [%s] %s -- intent: %s%n", q.id(), q.type(), q.text(), q.intent());
            for (String id : pool) {
                Petition p = byId.get(id);
                String body = p.body().replaceAll("\\s+", " ");
                System.out.printf(Locale.ROOT, "%s | %s | %s%n", id, p.title(), body.substring(0, Math.min(260, body.length())));
            }
        }
    }

    static List<Petition> petitions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Petition> out = new ArrayList<>();
        try (BufferedReader r = reader("eval/petitions_4134.jsonl.gz", true)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                String body = text(n, "background") + "\n\n" + text(n, "additional_details");
                out.add(new Petition(n.get("id").asText(), text(n, "action"), body.trim(),
                        Instant.parse(n.get("created_at").asText())));
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static List<JudgedQuery> queries() throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        try (BufferedReader r = reader("eval/queries.tsv", false)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new JudgedQuery(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        }
        return out;
    }

    /** query id -> petition id -> grade. */
    static Map<String, Map<String, Integer>> judgments() throws IOException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        try (BufferedReader r = reader("eval/judgments.tsv", false)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].trim()));
            }
        }
        return out;
    }

    private static BufferedReader reader(String resource, boolean gzip) throws IOException {
        InputStream in = RankingEvaluation.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            if (!gzip) {
                return new BufferedReader(new java.io.StringReader(""));
            }
            throw new IllegalStateException("missing test resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }
}
