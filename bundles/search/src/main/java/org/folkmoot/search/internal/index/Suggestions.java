package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Type-ahead: the words that start with what a resident has typed, most used first, from the
 * neutral body field. Only words some live contribution still has are offered.
 */
final class Suggestions {

    /** Words looked at, at most, before the most used are chosen. */
    private static final int CANDIDATES = 512;

    private Suggestions() {
    }

    static List<String> startingWith(IndexSearcher searcher, String prefix, int max) throws IOException {
        String p = ResidentQueryParser.clean(prefix).toLowerCase(Locale.ROOT).trim();
        if (p.isEmpty() || p.contains(" ") || max <= 0) {
            return List.of();
        }
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.BODY_ALL);
        if (terms == null) {
            return List.of();
        }
        TermsEnum te = terms.iterator();
        BytesRef prefixBytes = new BytesRef(p);
        if (te.seekCeil(prefixBytes) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>();
        for (BytesRef t = te.term(); t != null && candidates.size() < CANDIDATES; t = te.next()) {
            if (!StringHelper.startsWith(t, prefixBytes)) {
                break;
            }
            candidates.add(Map.entry(t.utf8ToString(), te.docFreq()));
        }
        candidates.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<String> out = new ArrayList<>(max);
        for (Map.Entry<String, Integer> c : candidates) {
            if (out.size() >= max) {
                break;
            }
            if (SpellingHints.liveCount(searcher, c.getKey()) > 0) {
                out.add(c.getKey());
            }
        }
        return out;
    }
}
