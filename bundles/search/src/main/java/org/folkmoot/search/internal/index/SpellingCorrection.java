package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Searches a word that is not in the index as its nearest indexed spelling ({@code vacination} as
 * {@code vaccination}), and a word only a handful of contributions have (they misspelled it too)
 * as both itself and a far more common spelling one letter away ({@code enviroment} also as
 * {@code environment}). Words in phrases and excluded words are left as written. A word counts as
 * present when its analysed form finds contributions, so a mutated Welsh word ({@code Nghaerdydd})
 * or an American spelling ({@code mold}) is never "corrected".
 */
final class SpellingCorrection {

    /** What to search instead, and the query as the resident is told it was searched. */
    record Correction(Map<String, List<String>> alternatives, String shown) {
    }

    /** At most this many contributions with a word make it rare enough to look for a better spelling. */
    static final int RARE = 3;
    /** A rare word's neighbour must be this many times as common to be searched too. */
    static final int MORE_COMMON = 10;
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 40;
    private static final int MAX_CHECKED_WORDS = 6;
    private static final int CANDIDATES = 5;

    private SpellingCorrection() {
    }

    /** The correction for a cleaned query, or null if every word is found as written. */
    static Correction find(IndexSearcher searcher, ResidentQueryParser parser, String cleaned) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        Map<String, String> replaced = new LinkedHashMap<>();
        DirectSpellChecker spell = null;
        int checked = 0;
        for (String word : bareWords(cleaned)) {
            String key = ResidentQueryParser.wordKey(word);
            if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH || !key.chars().allMatch(Character::isLetter)
                    || alternatives.containsKey(key) || ResidentQueryParser.isStopWord(key) || QueryFiller.isFiller(key)) {
                continue;
            }
            if (++checked > MAX_CHECKED_WORDS) {
                break;
            }
            // Cheap first: the word as written in the neutral fields (deleted documents count here, which
            // can only keep a correction from being offered).
            if (reader.docFreq(new Term(Fields.BODY_ALL, key)) + reader.docFreq(new Term(Fields.TITLE_ALL, key)) > RARE) {
                continue;
            }
            int found = searcher.count(parser.parse(key, true));
            if (found > RARE) {
                continue;
            }
            if (spell == null) {
                spell = new DirectSpellChecker();
                spell.setMinQueryLength(MIN_LENGTH);
            }
            SuggestWord[] candidates = spell.suggestSimilar(new Term(Fields.BODY_ALL, key), CANDIDATES, reader,
                    SuggestMode.SUGGEST_MORE_POPULAR);
            for (SuggestWord candidate : candidates) {
                String c = candidate.string;
                if (c.equals(key) || c.length() < MIN_LENGTH) {
                    continue;
                }
                // Offered only if a live contribution has it (an erased word must not come back as a hint).
                int live = SpellingHints.liveCount(searcher, c);
                if (found == 0 ? live > 0 : live >= MORE_COMMON * found && editDistance(key, c) <= 1) {
                    alternatives.put(key, found == 0 ? List.of(c) : List.of(key, c));
                    replaced.put(word, c);
                    break;
                }
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return new Correction(Map.copyOf(alternatives), shown(cleaned, replaced));
    }

    /** Words outside quotes that are not excluded with a leading {@code -}, as written. */
    static List<String> bareWords(String cleaned) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= cleaned.length(); i++) {
            char c = i < cleaned.length() ? cleaned.charAt(i) : ' ';
            if (c == '"' || Character.isWhitespace(c)) {
                if (!quoted && word.length() > 0 && word.charAt(0) != '-') {
                    out.add(word.toString());
                }
                word.setLength(0);
                if (c == '"') {
                    quoted = !quoted;
                }
            } else {
                word.append(c);
            }
        }
        return out;
    }

    /** The cleaned query with each corrected word (outside quotes) replaced by its correction. */
    private static String shown(String cleaned, Map<String, String> replaced) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= cleaned.length(); i++) {
            char c = i < cleaned.length() ? cleaned.charAt(i) : ' ';
            if (c == '"' || Character.isWhitespace(c)) {
                String w = word.toString();
                String to = quoted ? null : replaced.get(w);
                if (to != null) {
                    // Keep punctuation around the word ("vacination?" shows as "vaccination?").
                    String key = ResidentQueryParser.wordKey(w);
                    int at = w.toLowerCase(Locale.ROOT).indexOf(key);
                    out.append(at < 0 ? to : w.substring(0, at) + to + w.substring(at + key.length()));
                } else {
                    out.append(w);
                }
                word.setLength(0);
                if (i < cleaned.length()) {
                    out.append(c);
                }
                if (c == '"') {
                    quoted = !quoted;
                }
            } else {
                word.append(c);
            }
        }
        return out.toString();
    }

    /** Edit distance with adjacent transpositions counted as one edit (optimal string alignment). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
