package org.folkmoot.search.internal.index;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a resident typed into a query, safely. Supports words, {@code "phrases"},
 * {@code -word} to exclude, {@code |} for OR, {@code +} for AND and parentheses; nothing else is
 * syntax: no {@code field:} prefixes, no wildcards (a lone {@code *} finds nothing, never
 * everything), no fuzzy or proximity operators. Never throws: input is cleaned (control characters,
 * length, nesting, number of words) and anything the parser rejects finds nothing.
 */
public final class ResidentQueryParser {

    /** Longest input considered; the rest is ignored. */
    public static final int MAX_CHARS = 512;
    /** Most words considered: each becomes one clause per searched field. */
    public static final int MAX_WORDS = 24;
    private static final int MAX_DEPTH = 8;

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    private final Analyzer analyzer;
    private final Map<String, Float> weights;
    private final Shape shape;

    /**
     * How a ranked query is built from a resident's words. The ranking evaluation
     * ({@code bundles/search/eval.sh}) compares shapes on the same contributions.
     *
     * @param titleWeight       how many times a body a title weighs
     * @param mostWordsRequired false: any one word is enough
     * @param allWordsBonus     weight of the all-words pass blended in, as a share of the words' own scores; 0 for none
     */
    public record Shape(float titleWeight, boolean mostWordsRequired, float allWordsBonus, float pairBoost, int pairSlop,
            float fieldTie, boolean spellingsAsOne) {
        /** What residents get. */
        public static final Shape RESIDENT = new Shape(1.5f, true, ALL_WORDS_BONUS, 0f, 0, 1f, true);

        Shape(float titleWeight, boolean mostWordsRequired, float allWordsBonus) {
            this(titleWeight, mostWordsRequired, allWordsBonus, 0f, 0, 1f, false);
        }

        Shape withTitleWeight(float w) {
            return new Shape(w, mostWordsRequired, allWordsBonus, pairBoost, pairSlop, fieldTie, spellingsAsOne);
        }

        Shape withMostWordsRequired(boolean most) {
            return new Shape(titleWeight, most, allWordsBonus, pairBoost, pairSlop, fieldTie, spellingsAsOne);
        }

        Shape withAllWordsBonus(float bonus) {
            return new Shape(titleWeight, mostWordsRequired, bonus, pairBoost, pairSlop, fieldTie, spellingsAsOne);
        }

        /** Each two words next to each other in the query also scored as a phrase with this slop, at this weight. */
        Shape withPairs(float boost, int slop) {
            return new Shape(titleWeight, mostWordsRequired, allWordsBonus, boost, slop, fieldTie, spellingsAsOne);
        }

        /** A word's fields scored as their best plus this share of the others (1: summed). */
        Shape withFieldTie(float tie) {
            return new Shape(titleWeight, mostWordsRequired, allWordsBonus, pairBoost, pairSlop, tie, spellingsAsOne);
        }

        /**
         * True: a word searched as several spellings (a rare misspelling and its correction) is scored as
         * one word in each field (Lucene's {@code SynonymQuery}: their frequencies added, one idf), so the
         * few contributions that share the resident's misspelling do not outrank the rest for its rarity.
         */
        Shape withSpellingsAsOne(boolean one) {
            return new Shape(titleWeight, mostWordsRequired, allWordsBonus, pairBoost, pairSlop, fieldTie, one);
        }
    }

    /**
     * @param analyzer per-field analyzer (each field analysed with its own language's chain)
     * @param weights  the fields searched, with their boosts
     */
    public ResidentQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        this(analyzer, weights, Shape.RESIDENT);
    }

    /** With the fields weighed as the shape says. */
    public ResidentQueryParser(Analyzer analyzer, Shape shape) {
        this(analyzer, Fields.queryWeights(shape.titleWeight()), shape);
    }

    private ResidentQueryParser(Analyzer analyzer, Map<String, Float> weights, Shape shape) {
        this.analyzer = analyzer;
        // In field order: Map.copyOf iterates in an order that changes from one JVM to the next, and the
        // order of a query's clauses changes the float sums of its scores, and so the order of ties.
        this.weights = Collections.unmodifiableMap(new TreeMap<>(weights));
        this.shape = shape;
    }

    /**
     * What {@link #parseRanked} makes of a text: the query to run, the words alone, all required (to
     * tell whether some contribution has every word; null when there is one word or fewer), and the
     * same query with any one word enough (to fill a short page; null when it is the query itself).
     */
    public record Ranked(Query query, Query allWords, Query anyWord) {
        Ranked(Query query, Query allWords) {
            this(query, allWords, null);
        }
    }

    /**
     * How many of a query's words a contribution must have, by number of words: one of two, two of
     * three or four, three of five or six, and so on (half, rounded up, and at least one).
     */
    static int minimumShouldMatch(int words) {
        return Math.max(1, (words + 1) / 2);
    }

    /**
     * How much a contribution that has every word gains over one that has most of them, as a share
     * of the words' own scores (a required-all pass blended with the most-words pass).
     */
    static final float ALL_WORDS_BONUS = 0.5f;

    /**
     * The query for how residents search: the words ranked rather than all required. A contribution
     * must have {@link #minimumShouldMatch most of the words}; those with more of them, and those
     * with all of them (a bonus), come first. {@code "phrases"} are required and {@code -word}
     * excluded exactly as written; question words and filler ({@link QueryFiller}) and English stop
     * words weigh nothing. A text with explicit operators ({@code |}, {@code +}, parentheses) keeps
     * the resident's own logic, every bare word required.
     *
     * @param alternatives words (lower case) to search as any of the given spellings instead, from
     *                     {@link SpellingCorrection}; may be empty
     */
    public Ranked parseRanked(String text, Map<String, List<String>> alternatives) {
        String cleaned = clean(text);
        if (cleaned.isBlank()) {
            return new Ranked(new MatchNoDocsQuery("nothing searchable"), null);
        }
        if (hasOperators(cleaned)) {
            return new Ranked(parse(cleaned, true), null);
        }
        try {
            Ranked r = ranked(cleaned, alternatives, true);
            if (r == null) {
                r = ranked(cleaned, alternatives, false);
            }
            return r == null ? new Ranked(new MatchNoDocsQuery("nothing searchable"), null) : r;
        } catch (RuntimeException | StackOverflowError e) {
            return new Ranked(new MatchNoDocsQuery("unparseable"), null);
        }
    }

    private Ranked ranked(String cleaned, Map<String, List<String>> alternatives, boolean leaveOutFiller) {
        Units parser = new Units(analyzer, weights, alternatives, leaveOutFiller, shape);
        // Told apart by identity before anything rebuilds the parsed query.
        Query parsed = parser.parse(cleaned);
        if (parsed == null || parsed instanceof MatchAllDocsQuery || parsed instanceof MatchNoDocsQuery) {
            return null;
        }
        List<Query> words = new java.util.ArrayList<>();
        List<BooleanClause> fixed = new java.util.ArrayList<>();
        if (parser.units.contains(parsed)) {
            if (parser.phrases.contains(parsed)) {
                fixed.add(new BooleanClause(parsed, BooleanClause.Occur.MUST));
            } else {
                words.add(parsed);
            }
        } else if (parsed instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                List<Query> excluded = exclusions(c.getQuery());
                if (c.getOccur() == BooleanClause.Occur.MUST_NOT) {
                    fixed.add(c);
                } else if (excluded != null) {
                    // With "any word" as the default, -word comes wrapped as "everything except word".
                    excluded.forEach(q -> fixed.add(new BooleanClause(q, BooleanClause.Occur.MUST_NOT)));
                } else if (parser.phrases.contains(c.getQuery()) || !parser.units.contains(c.getQuery())) {
                    fixed.add(new BooleanClause(c.getQuery(), BooleanClause.Occur.MUST));
                } else {
                    words.add(c.getQuery());
                }
            }
        } else {
            Query q = withoutMatchAll(parsed);
            return q == null ? null : new Ranked(q, null);
        }
        if (words.isEmpty() && fixed.stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            return null;
        }
        Query allWords = null;
        if (words.size() > 1) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (Query w : words) {
                all.add(w, BooleanClause.Occur.MUST);
            }
            allWords = all.build();
        }
        int most = shape.mostWordsRequired() ? minimumShouldMatch(words.size()) : 1;
        Query query = withoutMatchAll(combine(parser, words, most, allWords, fixed));
        if (query == null) {
            return null;
        }
        Query anyWord = most > 1 ? withoutMatchAll(combine(parser, words, 1, allWords, fixed)) : null;
        return new Ranked(query, allWords, anyWord);
    }

    /** The words with at least {@code minimum} of them required, the all-words bonus, pairs, phrases and exclusions. */
    private Query combine(Units parser, List<Query> words, int minimum, Query allWords, List<BooleanClause> fixed) {
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        if (!words.isEmpty()) {
            BooleanQuery.Builder some = new BooleanQuery.Builder();
            for (Query w : words) {
                some.add(w, BooleanClause.Occur.SHOULD);
            }
            some.setMinimumNumberShouldMatch(minimum);
            out.add(some.build(), BooleanClause.Occur.MUST);
        }
        if (allWords != null && shape.allWordsBonus() > 0) {
            out.add(new BoostQuery(allWords, shape.allWordsBonus()), BooleanClause.Occur.SHOULD);
        }
        if (shape.pairBoost() > 0) {
            for (int i = 1; i < words.size(); i++) {
                Query pair = parser.pair(parser.texts.get(words.get(i - 1)), parser.texts.get(words.get(i)), shape.pairSlop());
                if (pair != null) {
                    out.add(new BoostQuery(pair, shape.pairBoost()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        for (BooleanClause c : fixed) {
            out.add(c);
        }
        return out.build();
    }

    /** The excluded queries if the query is only "everything except these", else null. */
    private static List<Query> exclusions(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
            return null;
        }
        List<Query> out = new java.util.ArrayList<>();
        for (BooleanClause c : bq.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.MUST_NOT) {
                out.add(c.getQuery());
            } else if (!(c.getQuery() instanceof MatchAllDocsQuery)) {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** True if the text uses operators beyond phrases and {@code -word}: then its logic is the resident's. */
    static boolean hasOperators(String cleaned) {
        boolean quoted = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '|' || c == '+' || c == '(' || c == ')')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses with any word matching and remembers which queries are one word (or one word's
     * alternative spellings) and which are phrases, so the ranked query can treat them apart.
     */
    private static final class Units extends SimpleQueryParser {
        final java.util.Set<Query> units = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final java.util.Set<Query> phrases = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** The word each one-word unit searches (its correction, if it has one). */
        final Map<Query, String> texts = new java.util.IdentityHashMap<>();
        private final Map<String, List<String>> alternatives;
        private final boolean leaveOutFiller;
        private final float fieldTie;
        private final boolean spellingsAsOne;

        Units(Analyzer analyzer, Map<String, Float> weights, Map<String, List<String>> alternatives, boolean leaveOutFiller,
                Shape shape) {
            super(analyzer, weights, FLAGS);
            this.alternatives = alternatives == null ? Map.of() : alternatives;
            this.leaveOutFiller = leaveOutFiller;
            this.fieldTie = shape.fieldTie();
            this.spellingsAsOne = shape.spellingsAsOne();
            setDefaultOperator(BooleanClause.Occur.SHOULD);
        }

        /**
         * The spellings as one word in each searched field (each field's analysis of each spelling, as
         * synonyms), or null if some spelling is not one token in some field.
         */
        private Query asOne(List<String> spellings) {
            BooleanQuery.Builder perField = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                org.apache.lucene.search.SynonymQuery.Builder synonyms = new org.apache.lucene.search.SynonymQuery.Builder(field.getKey());
                java.util.Set<org.apache.lucene.util.BytesRef> seen = new java.util.HashSet<>();
                for (String spelling : spellings) {
                    List<org.apache.lucene.util.BytesRef> terms = terms(field.getKey(), spelling);
                    if (terms.size() != 1) {
                        return null;
                    }
                    if (seen.add(terms.get(0))) {
                        synonyms.addTerm(new org.apache.lucene.index.Term(field.getKey(), terms.get(0)));
                    }
                }
                Query q = synonyms.build();
                perField.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
            }
            return perField.build();
        }

        private List<org.apache.lucene.util.BytesRef> terms(String field, String text) {
            List<org.apache.lucene.util.BytesRef> out = new java.util.ArrayList<>();
            try (org.apache.lucene.analysis.TokenStream ts = getAnalyzer().tokenStream(field, text)) {
                org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute term =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(org.apache.lucene.util.BytesRef.deepCopyOf(term.getBytesRef()));
                }
                ts.end();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out;
        }

        /** Two words as a phrase with the given slop, in every field, or null. */
        Query pair(String first, String second, int slop) {
            return first == null || second == null ? null : super.newPhraseQuery(first + " " + second, slop);
        }

        private Query fields(String text) {
            Query q = super.newDefaultQuery(text);
            if (fieldTie >= 1f || !(q instanceof BooleanQuery bq)
                    || !bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
                return q;
            }
            return new org.apache.lucene.search.DisjunctionMaxQuery(bq.clauses().stream().map(BooleanClause::getQuery).toList(),
                    fieldTie);
        }

        @Override
        protected Query newDefaultQuery(String text) {
            if (leaveOutFiller && (isStopWord(text) || QueryFiller.isFiller(text))) {
                return null;
            }
            List<String> spellings = alternatives.get(wordKey(text));
            Query q;
            if (spellings == null) {
                q = fields(text);
            } else if (spellingsAsOne && spellings.size() > 1 && (q = asOne(spellings)) != null) {
                // scored as one word
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String s : spellings) {
                    Query one = fields(s);
                    if (one != null) {
                        any.add(one, BooleanClause.Occur.SHOULD);
                    }
                }
                q = any.build();
            }
            if (q != null) {
                units.add(q);
                texts.put(q, spellings == null ? text : spellings.get(spellings.size() - 1));
            }
            return q;
        }

        @Override
        protected Query newPhraseQuery(String text, int slop) {
            Query q = super.newPhraseQuery(text, slop);
            if (q != null) {
                units.add(q);
                phrases.add(q);
            }
            return q;
        }
    }

    /** The query for the text; {@code all} true requires every word, false any word. */
    public Query parse(String text, boolean all) {
        String cleaned = clean(text);
        if (cleaned.isBlank()) {
            return new MatchNoDocsQuery("nothing searchable");
        }
        try {
            // Stop words first left out: English fields do not index them, so a required "and" would
            // only match contributions in other languages. A query of nothing but stop words keeps them.
            Query q = withoutMatchAll(parser(all, true).parse(cleaned));
            if (q == null) {
                q = withoutMatchAll(parser(all, false).parse(cleaned));
            }
            return q == null ? new MatchNoDocsQuery("nothing searchable") : q;
        } catch (RuntimeException | StackOverflowError e) {
            return new MatchNoDocsQuery("unparseable");
        }
    }

    private SimpleQueryParser parser(boolean all, boolean withoutStopWords) {
        SimpleQueryParser parser = withoutStopWords ? new WithoutStopWords(analyzer, weights) : new SimpleQueryParser(analyzer, weights, FLAGS);
        parser.setDefaultOperator(all ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        return parser;
    }

    /** Leaves out a bare word that is an English stop word (a phrase keeps its words). */
    private static final class WithoutStopWords extends SimpleQueryParser {
        WithoutStopWords(Analyzer analyzer, Map<String, Float> weights) {
            super(analyzer, weights, FLAGS);
        }

        @Override
        protected Query newDefaultQuery(String text) {
            return isStopWord(text) ? null : super.newDefaultQuery(text);
        }
    }

    /** A bare word as looked up in tables of words: lower case, letters and digits only. */
    static String wordKey(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static boolean isStopWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return !w.isEmpty() && org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w);
    }

    /**
     * SimpleQueryParser turns a lone {@code *} into "match everything" and a lone {@code -word} into
     * "everything except": a resident never gets the whole archive from a query, so those parts go.
     */
    private static Query withoutMatchAll(Query q) {
        if (q == null || q instanceof MatchAllDocsQuery) {
            return null;
        }
        if (q instanceof BoostQuery b) {
            Query inner = withoutMatchAll(b.getQuery());
            return inner == null ? null : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            builder.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            boolean positive = false;
            for (BooleanClause clause : bq.clauses()) {
                Query inner = withoutMatchAll(clause.getQuery());
                if (inner != null) {
                    builder.add(inner, clause.getOccur());
                    positive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
                }
            }
            return positive ? builder.build() : null;
        }
        return q;
    }

    /** True if the query can match nothing because the text had no searchable words. */
    public static boolean isEmpty(Query q) {
        return q instanceof MatchNoDocsQuery;
    }

    /**
     * Cleans resident input: control and format characters become spaces, length and word count are
     * capped, quotes are balanced, parentheses are dropped when unbalanced or nested too deep.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.length() > MAX_CHARS * 4 ? text.substring(0, MAX_CHARS * 4) : text;
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_CHARS));
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() && sb.length() < MAX_CHARS; i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean space = Character.isWhitespace(c) || Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || (type == Character.SURROGATE && !validSurrogate(s, i));
            if (space) {
                inWord = false;
                sb.append(' ');
                continue;
            }
            if (!inWord) {
                inWord = true;
                if (++words > MAX_WORDS) {
                    break;
                }
            }
            sb.append(c);
        }
        String out = sb.toString();
        // A trailing backslash would escape nothing; an odd number of quotes leaves one open.
        if (out.endsWith("\\")) {
            out = out.substring(0, out.length() - 1);
        }
        if (count(out, '"') % 2 == 1) {
            int last = out.lastIndexOf('"');
            out = out.substring(0, last) + ' ' + out.substring(last + 1);
        }
        if (!balancedWithin(out, MAX_DEPTH)) {
            out = out.replace('(', ' ').replace(')', ' ');
        }
        return out.trim();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean balancedWithin(String s, int maxDepth) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (++depth > maxDepth) {
                    return false;
                }
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
