package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a query that found nothing (or no contribution with every word), the query
 * with each word that no live contribution has replaced by a close word some live contribution
 * has, offered only if it finds something. Deleted documents linger in {@code docFreq} until their
 * segment is merged, so every word offered is checked against live documents: an erased word never
 * comes back as a hint.
 */
final class SpellingHints {

    private static final int CANDIDATES = 5;
    private static final int MAX_CHECKED_WORDS = 6;

    private final ResidentQueryParser parser;

    SpellingHints(ResidentQueryParser parser) {
        this.parser = parser;
    }

    /** The corrected query, or null. */
    String didYouMean(IndexSearcher searcher, SearchRequest request) throws IOException {
        String cleaned = ResidentQueryParser.clean(request.text());
        String[] words = cleaned.split("[^\\p{L}\\p{N}'’-]+");
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setMinQueryLength(3);
        IndexReader reader = searcher.getIndexReader();
        String corrected = cleaned;
        boolean changed = false;
        int checked = 0;
        for (String word : words) {
            if (word.length() < 3 || word.length() > 40) {
                continue;
            }
            if (++checked > MAX_CHECKED_WORDS) {
                break;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (liveCount(searcher, lower) > 0) {
                continue;
            }
            // SUGGEST_ALWAYS: a deleted document's lingering docFreq must not hide the hint.
            SuggestWord[] candidates = spell.suggestSimilar(new Term(Fields.BODY_ALL, lower), CANDIDATES, reader,
                    SuggestMode.SUGGEST_ALWAYS);
            for (SuggestWord candidate : candidates) {
                if (!candidate.string.equals(lower) && liveCount(searcher, candidate.string) > 0) {
                    corrected = corrected.replace(word, candidate.string);
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return null;
        }
        Query q = parser.parse(corrected, false);
        return searcher.count(q) > 0 ? corrected : null;
    }

    /** Live contributions whose text has the word as written (deleted documents do not count). */
    static int liveCount(IndexSearcher searcher, String word) throws IOException {
        return searcher.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.BODY_ALL, word)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TITLE_ALL, word)), BooleanClause.Occur.SHOULD)
                .build());
    }
}
