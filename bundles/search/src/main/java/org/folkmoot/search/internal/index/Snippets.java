package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet a hit shows: up to two sentences of the body with the query's words and phrases
 * marked, from the postings' offsets (no re-analysis), or the start of the body when nothing
 * matched. Snippets are HTML: escaped text with {@code <mark>}.
 */
final class Snippets {

    private static final int LEAD_CHARS = 240;
    private static final int MAX_LENGTH = 20_000;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The snippets of a page of documents whose bodies have been read already (the highlighter is
     * handed them rather than reading stored fields again); null where no passage matched.
     */
    String[] highlight(IndexSearcher searcher, Query query, int[] docIds, Map<Integer, String> bodies) throws IOException {
        // Only fields this index has: for a field no segment has, the highlighter would re-analyse every
        // text into a MemoryIndex instead of reading offsets from the postings.
        Set<String> bodyFields = searcher instanceof FacetedSearcher fs ? fs.bodyFields
                : Set.of(Fields.BODY_EN, Fields.BODY_CY, Fields.BODY_OTHER);
        UnifiedHighlighter.Builder builder = new UnifiedHighlighter.Builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaskedFieldsFunc(field -> Fields.BODY.equals(field) ? bodyFields : Set.of())
                .withMaxLength(MAX_LENGTH)
                // Terms and phrases from the query, offsets from the postings: cheaper per hit than asking the
                // query Weight for matches in every document.
                .withWeightMatches(false)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT));
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String body = Fields.BODY.equals(fields[f]) ? bodies.get(doc) : null;
                        row[f] = body == null ? "" : body.length() > getMaxLength() ? body.substring(0, getMaxLength()) : body;
                    }
                    values.add(row);
                }
                return values;
            }
        };
        try {
            Map<String, String[]> map = highlighter.highlightFields(new String[] {Fields.BODY}, query, docIds,
                    new int[] {2});
            return map.getOrDefault(Fields.BODY, new String[docIds.length]);
        } catch (RuntimeException e) {
            return new String[docIds.length];
        }
    }

    /** The start of the text, escaped for HTML, when no passage matched. */
    static String lead(String body) {
        if (body == null) {
            return "";
        }
        int cut = body.lastIndexOf(' ', LEAD_CHARS);
        String s = body.length() <= LEAD_CHARS ? body : body.substring(0, cut > 0 ? cut : LEAD_CHARS) + " …";
        return escape(s);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#x27;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
