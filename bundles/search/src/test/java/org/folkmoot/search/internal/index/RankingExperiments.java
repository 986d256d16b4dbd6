package org.folkmoot.search.internal.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.folkmoot.search.internal.analysis.EnglishAnalyzer;

/**
 * Ranking experiments: the petitions indexed once (as residents' searches see them), then many ways
 * of building and scoring the query run on that one index, side by side with the shipped one, per
 * query type. What {@code eval.sh} reports is what {@link ContributionIndex} itself answers; this is
 * for trying a change before it goes there, and for seeing why a query ranks as it does:
 * {@code eval.sh experiments q11,q14} lists each query's top 10 with grades and scores, the judged
 * petitions (grade 2 or 3) it misses, and the explanation of the first hit and the first missed.
 */
final class RankingExperiments {

    /** One way of ranking: the analysis, the query's shape and the scoring. */
    record Variant(String name, Fields.English analysis, ResidentQueryParser.Shape shape, Function<IndexReader, Similarity> similarity) {
        static Variant of(String name, ResidentQueryParser.Shape shape) {
            return new Variant(name, Fields.English.RESIDENT, shape, r -> new BM25Similarity());
        }

        Variant analysis(EnglishAnalyzer.Stemming title, EnglishAnalyzer.Stemming body) {
            return new Variant(name, new Fields.English(true, title, body), shape, similarity);
        }

        Variant bm25(float k1, float titleB, float bodyB) {
            return new Variant(name, analysis, shape, r -> new PerFieldSimilarityWrapper() {
                private final Similarity title = new BM25Similarity(k1, titleB);
                private final Similarity body = new BM25Similarity(k1, bodyB);

                @Override
                public Similarity get(String field) {
                    return field.startsWith("title") ? title : body;
                }
            });
        }
    }

    private RankingExperiments() {
    }

    static void main(String[] args) throws Exception {
        List<RankingEvaluation.Petition> petitions = RankingEvaluation.petitions();
        List<RankingEvaluation.JudgedQuery> queries = RankingEvaluation.queries();
        Map<String, Map<String, Integer>> judgments = RankingEvaluation.judgments();
        List<String> explain = args.length > 1 ? List.of(args[1].split(",")) : List.of();
        Map<String, RankingEvaluation.Petition> byId = new LinkedHashMap<>();
        petitions.forEach(p -> byId.put(p.id(), p));
        Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
        Map<Fields.English, DirectoryReader> readers = new LinkedHashMap<>();
        try {
            for (Variant v : variants()) {
                DirectoryReader reader = readers.get(v.analysis());
                if (reader == null) {
                    reader = index(v.analysis(), petitions);
                    readers.put(v.analysis(), reader);
                }
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(v.similarity().apply(reader));
                ResidentQueryParser parser = new ResidentQueryParser(Fields.analyzer(v.analysis()), v.shape());
                Map<String, List<String>> run = new LinkedHashMap<>();
                for (RankingEvaluation.JudgedQuery q : queries) {
                    Query query = query(searcher, parser, q.text());
                    TopDocs top = searcher.search(query, RankingEvaluation.POOL_DEPTH);
                    List<String> ids = new ArrayList<>();
                    for (ScoreDoc sd : top.scoreDocs) {
                        ids.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
                    }
                    run.put(q.id(), ids);
                    if (explain.contains(q.id())) {
                        explain(searcher, query, q, top, judgments.getOrDefault(q.id(), Map.of()), byId, v.name());
                    }
                }
                runs.put(v.name(), run);
            }
        } finally {
            for (DirectoryReader r : readers.values()) {
                r.close();
            }
        }
        RankingEvaluation.report(queries, judgments, runs);
    }

    /**
     * The petitions indexed with the analysis, in the fields residents' searches read (as
     * {@link ContributionIndex} writes them: English title and body, their neutral copies).
     */
    private static DirectoryReader index(Fields.English analysis, List<RankingEvaluation.Petition> petitions) throws java.io.IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        FieldType docsOnly = new FieldType(TextField.TYPE_NOT_STORED);
        docsOnly.setIndexOptions(IndexOptions.DOCS);
        docsOnly.freeze();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Fields.analyzer(analysis)))) {
            for (RankingEvaluation.Petition p : petitions) {
                Document doc = new Document();
                doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
                doc.add(new TextField(Fields.TITLE_EN, p.title(), Field.Store.NO));
                doc.add(new Field(Fields.TITLE_ALL, p.title(), docsOnly));
                doc.add(new TextField(Fields.BODY_EN, p.body(), Field.Store.NO));
                doc.add(new Field(Fields.BODY_ALL, p.body(), docsOnly));
                writer.addDocument(doc);
            }
        }
        return DirectoryReader.open(dir);
    }

    static Query query(IndexSearcher searcher, ResidentQueryParser parser, String text) throws java.io.IOException {
        SpellingCorrection.Correction correction = SpellingCorrection.find(searcher, parser, ResidentQueryParser.clean(text));
        return parser.parseRanked(text, correction == null ? Map.of() : correction.alternatives()).query();
    }

    private static void explain(IndexSearcher searcher, Query query, RankingEvaluation.JudgedQuery q, TopDocs top,
            Map<String, Integer> grades, Map<String, RankingEvaluation.Petition> byId, String variant) throws java.io.IOException {
        System.out.printf(Locale.ROOT, "%n## %s %s \"%s\" (%s)%n   %s%n", variant, q.id(), q.text(), q.intent(), query);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(RankingEvaluation.CUTOFF, top.scoreDocs.length); i++) {
            String id = searcher.storedFields().document(top.scoreDocs[i].doc).get(Fields.ID);
            shown.add(id);
            System.out.printf(Locale.ROOT, "%2d %s g=%2d %.3f %s%n", i + 1, id, grades.getOrDefault(id, -1),
                    top.scoreDocs[i].score, byId.get(id).title());
        }
        if (top.scoreDocs.length > 0) {
            System.out.println("   first: " + compact(searcher.explain(query, top.scoreDocs[0].doc)));
        }
        TopDocs deep = searcher.search(query, 500);
        boolean explained = false;
        for (Map.Entry<String, Integer> g : grades.entrySet()) {
            if (g.getValue() < RankingEvaluation.RELEVANT || shown.contains(g.getKey())) {
                continue;
            }
            int rank = -1;
            ScoreDoc found = null;
            for (int i = 0; i < deep.scoreDocs.length; i++) {
                if (searcher.storedFields().document(deep.scoreDocs[i].doc).get(Fields.ID).equals(g.getKey())) {
                    rank = i + 1;
                    found = deep.scoreDocs[i];
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "   missed %s g=%d rank %d %s%n", g.getKey(), g.getValue(), rank,
                    byId.get(g.getKey()).title());
            if (!explained && found != null) {
                explained = true;
                System.out.println("   missed: " + compact(searcher.explain(query, found.doc)));
            }
        }
    }

    /** An explanation on a few lines: the value of each matching word per field. */
    private static String compact(Explanation e) {
        StringBuilder sb = new StringBuilder();
        compact(e, sb, 0);
        return sb.toString();
    }

    private static void compact(Explanation e, StringBuilder sb, int depth) {
        String d = e.getDescription();
        if (d.startsWith("weight(")) {
            sb.append(String.format(Locale.ROOT, "%s=%.2f ", d.substring(7, d.indexOf(' ')), e.getValue().floatValue()));
            return;
        }
        if (depth == 0) {
            sb.append(String.format(Locale.ROOT, "%.3f: ", e.getValue().floatValue()));
        }
        for (Explanation c : e.getDetails()) {
            compact(c, sb, depth + 1);
        }
    }

    /** The variants compared: the shipped shape first. */
    static List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        ResidentQueryParser.Shape shipped = ResidentQueryParser.Shape.RESIDENT;
        out.add(Variant.of("shipped", shipped));
        out.add(Variant.of("layout 5", Ranking.LAYOUT_5.shape).analysis(EnglishAnalyzer.Stemming.PORTER, EnglishAnalyzer.Stemming.PORTER));
        String only = System.getProperty("eval.variants", "");
        for (String group : only.isEmpty() ? List.of("stem", "bm25", "pairs", "tie", "blend") : List.of(only.split(","))) {
            switch (group) {
                case "stem" -> {
                    for (EnglishAnalyzer.Stemming t : EnglishAnalyzer.Stemming.values()) {
                        for (EnglishAnalyzer.Stemming b : EnglishAnalyzer.Stemming.values()) {
                            if (t != Fields.English.RESIDENT.title() || b != Fields.English.RESIDENT.body()) {
                                out.add(Variant.of("stem title " + t + " body " + b, shipped).analysis(t, b));
                            }
                        }
                    }
                }
                case "bm25" -> {
                    for (float k1 : new float[] {0.6f, 0.9f, 1.2f, 1.6f}) {
                        for (float tb : new float[] {0.3f, 0.75f}) {
                            for (float bb : new float[] {0.5f, 0.75f, 0.9f}) {
                                out.add(Variant.of(String.format(Locale.ROOT, "bm25 k1 %.1f b title %.2f body %.2f", k1, tb, bb),
                                        shipped).bm25(k1, tb, bb));
                            }
                        }
                    }
                }
                case "pairs" -> {
                    for (float w : new float[] {0.25f, 0.5f, 1f}) {
                        for (int slop : new int[] {0, 1, 3}) {
                            out.add(Variant.of(String.format(Locale.ROOT, "pairs %.2f slop %d", w, slop), shipped.withPairs(w, slop)));
                        }
                    }
                }
                case "tie" -> {
                    for (float tie : new float[] {0f, 0.3f, 0.6f}) {
                        out.add(Variant.of(String.format(Locale.ROOT, "fields max + %.1f others", tie), shipped.withFieldTie(tie)));
                    }
                }
                case "blend" -> {
                    for (float bonus : new float[] {0f, 0.25f, 0.5f, 1f, 2f}) {
                        out.add(Variant.of(String.format(Locale.ROOT, "most words, all-words bonus %.2f", bonus),
                                shipped.withAllWordsBonus(bonus)));
                        out.add(Variant.of(String.format(Locale.ROOT, "any word, all-words bonus %.2f", bonus),
                                shipped.withMostWordsRequired(false).withAllWordsBonus(bonus)));
                    }
                }
                case "combo" -> {
                    EnglishAnalyzer.Stemming porter = EnglishAnalyzer.Stemming.PORTER;
                    for (EnglishAnalyzer.Stemming body : List.of(EnglishAnalyzer.Stemming.KSTEM, EnglishAnalyzer.Stemming.PLURALS)) {
                        out.add(Variant.of("body " + body, shipped).analysis(porter, body));
                        out.add(Variant.of("body " + body + ", any word", shipped.withMostWordsRequired(false)).analysis(porter, body));
                        out.add(Variant.of("body " + body + ", pairs", shipped.withPairs(0.25f, 1)).analysis(porter, body));
                    }
                }
                case "title" -> {
                    for (float w : new float[] {1f, 1.25f, 2f, 3f}) {
                        out.add(Variant.of(String.format(Locale.ROOT, "title %.2f", w), shipped.withTitleWeight(w)));
                    }
                }
                case "none" -> { }
                case "spellings" -> out.add(Variant.of("misspelling and correction apart", shipped.withSpellingsAsOne(false)));
                default -> throw new IllegalArgumentException("no variant group " + group);
            }
        }
        return out;
    }
}
