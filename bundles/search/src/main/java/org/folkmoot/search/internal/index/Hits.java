package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.folkmoot.api.container.Licence;
import org.folkmoot.api.container.LocalisedText;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** A page of top documents as the hits a resident sees: what was said, where, when, and a snippet. */
final class Hits {

    /** What a hit shows, the body included (for the snippet). */
    private static final Set<String> STORED;
    static {
        Set<String> fields = new HashSet<>(Set.of(Fields.ID, Fields.TITLE, Fields.BODY, Fields.MODULE,
                Fields.CONTAINER_TYPE, Fields.CONTAINER_ID, Fields.CONTAINER_TITLE, Fields.CONTAINER_TITLE_CY,
                Fields.PARENT_TITLE, Fields.PARENT_TITLE_CY, Fields.KIND, Fields.LOCALITY, Fields.LANGUAGE,
                Fields.CREATED, Fields.URL, Fields.LICENCE));
        STORED = Set.copyOf(fields);
    }

    private final Snippets snippets;

    Hits(Snippets snippets) {
        this.snippets = snippets;
    }

    /** The hits from {@code offset} on; snippets highlight the query unless {@code highlight} is false. */
    List<SearchResult.Hit> page(IndexSearcher searcher, Query query, TopDocs top, int offset, boolean highlight)
            throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        if (offset >= all.length) {
            return List.of();
        }
        ScoreDoc[] page = Arrays.copyOfRange(all, offset, all.length);
        // Each hit's stored fields read once, body included (decompressing stored fields is most of
        // a rare word's search): the highlighter is handed the bodies rather than reading them again.
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        int[] docIds = new int[page.length];
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            docs[i] = stored.document(page[i].doc, STORED);
            bodies.put(page[i].doc, docs[i].get(Fields.BODY));
        }
        String[] marked = highlight ? snippets.highlight(searcher, query, docIds, bodies) : new String[page.length];
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(docs[i], marked[i] == null ? Snippets.lead(docs[i].get(Fields.BODY)) : marked[i], page[i].score));
        }
        return hits;
    }

    private static SearchResult.Hit hit(Document d, String snippet, float score) {
        return new SearchResult.Hit(d.get(Fields.ID), d.get(Fields.TITLE), snippet, d.get(Fields.MODULE),
                d.get(Fields.CONTAINER_TYPE), d.get(Fields.CONTAINER_ID), d.get(Fields.CONTAINER_TITLE),
                d.get(Fields.KIND), d.get(Fields.LOCALITY), d.get(Fields.LANGUAGE),
                Instant.ofEpochMilli(d.getField(Fields.CREATED).numericValue().longValue()), d.get(Fields.URL),
                Float.isNaN(score) ? 0f : score, d.get(Fields.CONTAINER_TITLE_CY),
                d.get(Fields.PARENT_TITLE), d.get(Fields.PARENT_TITLE_CY), licence(d.getValues(Fields.LICENCE)));
    }

    private static Licence licence(String[] stored) {
        return stored.length == 4 ? new Licence(stored[0], stored[1], new LocalisedText(stored[2], stored[3])) : null;
    }
}
