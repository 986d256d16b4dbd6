package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.folkmoot.api.container.LocalisedText;

/**
 * The titles container and parent facet values ({@code type/id}) are shown with, in English and
 * Welsh, read from any one document that has the value and kept, so a query does not look each one
 * up again. A title that changes in the archive replaces the kept one as the change is indexed.
 */
final class ContainerTitles {

    private static final int MAX_KEPT = 50_000;

    /** {@code container:type/id} or {@code parent:type/id} to its title. */
    private final ConcurrentHashMap<String, LocalisedText> kept = new ConcurrentHashMap<>();

    /** Takes a newly indexed contribution's container and parent titles, where they are kept already. */
    void update(IndexedContribution c) {
        if (c.containerType() != null && c.containerId() != null && c.containerTitle() != null) {
            kept.replace(Facet.CONTAINER.key() + ":" + ContributionDocuments.containerKey(c.containerType(), c.containerId()),
                    new LocalisedText(c.containerTitle(), c.containerTitleCy()));
        }
        if (c.parent() != null && c.parentTitle() != null) {
            kept.replace(Facet.PARENT.key() + ":" + c.parent().key(), c.parentTitle());
        }
    }

    /** The title of a container or parent facet value; the value itself if no document gives one. */
    LocalisedText of(IndexSearcher searcher, Facet facet, String key) throws IOException {
        String cacheKey = facet.key() + ":" + key;
        LocalisedText title = kept.get(cacheKey);
        if (title == null) {
            title = read(searcher, facet, key);
            if (kept.size() > MAX_KEPT) {
                kept.clear();
            }
            kept.put(cacheKey, title);
        }
        return title;
    }

    private static LocalisedText read(IndexSearcher searcher, Facet facet, String key) throws IOException {
        boolean parent = facet == Facet.PARENT;
        TopDocs one = searcher.search(new TermQuery(new Term(parent ? Fields.PARENT : Fields.CONTAINER, key)), 1);
        if (one.scoreDocs.length == 0) {
            return LocalisedText.of(key);
        }
        String en = parent ? Fields.PARENT_TITLE : Fields.CONTAINER_TITLE;
        String cy = parent ? Fields.PARENT_TITLE_CY : Fields.CONTAINER_TITLE_CY;
        Document d = searcher.storedFields().document(one.scoreDocs[0].doc, Set.of(en, cy));
        String title = d.get(en);
        return title == null || title.isBlank() ? LocalisedText.of(key) : new LocalisedText(title, d.get(cy));
    }
}
