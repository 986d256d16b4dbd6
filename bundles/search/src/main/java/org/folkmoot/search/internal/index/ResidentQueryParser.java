package org.folkmoot.search.internal.index;

import java.util.Map;
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

    /**
     * @param analyzer per-field analyzer (each field analysed with its own language's chain)
     * @param weights  the fields searched, with their boosts
     */
    public ResidentQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        this.analyzer = analyzer;
        this.weights = Map.copyOf(weights);
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
