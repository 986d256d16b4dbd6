package org.folkmoot.search.internal.index;

import java.util.List;

import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns a contribution into the Lucene document the index holds: its text in the fields of its
 * language and in the neutral {@code _all} fields (analysed once, see {@link TeeFields}), what a hit
 * shows (stored), the date (points, doc values) and the facet values.
 */
final class ContributionDocuments {

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** Titles and tags are searched (phrases need positions) but never highlighted: no offsets. */
    private static final FieldType TEXT_WITH_POSITIONS = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        TEXT_WITH_POSITIONS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_WITH_POSITIONS.freeze();
    }

    /** The _all fields are for hints, suggestions and similar contributions: they only need which documents have a word. */
    private static final FieldType TEXT_DOCS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        TEXT_DOCS_ONLY.setIndexOptions(IndexOptions.DOCS);
        TEXT_DOCS_ONLY.setOmitNorms(true);
        TEXT_DOCS_ONLY.freeze();
    }

    private final FacetsConfig facetsConfig;

    ContributionDocuments(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The document for a published contribution, facets built. */
    Document of(IndexedContribution c) throws java.io.IOException {
        return facetsConfig.build(fields(c));
    }

    private static Document fields(IndexedContribution c) {
        Document doc = new Document();
        // Already redacted by the feed (the platform's Redactor): the index never sees personal data.
        String title = c.title();
        String body = c.body();
        doc.add(new StringField(Fields.ID, c.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.SEQUENCE, c.sequence()));
        doc.add(new StoredField(Fields.TITLE, title));
        doc.add(new StoredField(Fields.BODY, body));
        String suffix = Fields.languageSuffix(c.language());
        // Each text is tokenised once, whichever of its two fields the writer inverts first.
        TeeFields.Text titleText = new TeeFields.Text(title);
        doc.add(new TeeFields.Language("title_" + suffix, titleText, TEXT_WITH_POSITIONS));
        doc.add(new TeeFields.Neutral(Fields.TITLE_ALL, titleText, TEXT_DOCS_ONLY));
        TeeFields.Text bodyText = new TeeFields.Text(body);
        doc.add(new TeeFields.Language("body_" + suffix, bodyText, TEXT_WITH_OFFSETS));
        doc.add(new TeeFields.Neutral(Fields.BODY_ALL, bodyText, TEXT_DOCS_ONLY));
        for (String tag : c.tags()) {
            doc.add(new Field(Fields.TAGS, tag, TEXT_WITH_POSITIONS));
        }
        doc.add(new StoredField(Fields.LANGUAGE, c.language()));
        storeIfPresent(doc, Fields.MODULE, c.module());
        storeIfPresent(doc, Fields.CONTAINER_TYPE, c.containerType());
        storeIfPresent(doc, Fields.CONTAINER_ID, c.containerId());
        storeIfPresent(doc, Fields.CONTAINER_TITLE, c.containerTitle());
        storeIfPresent(doc, Fields.CONTAINER_TITLE_CY, c.containerTitleCy());
        storeIfPresent(doc, Fields.KIND, c.kind());
        storeIfPresent(doc, Fields.LOCALITY, c.locality());
        storeIfPresent(doc, Fields.URL, c.url());
        if (c.licence() != null) {
            for (String v : List.of(c.licence().name(), c.licence().url(), c.licence().attribution().en(), c.licence().attribution().cy())) {
                doc.add(new StoredField(Fields.LICENCE, v));
            }
        }
        long created = c.created().toEpochMilli();
        doc.add(new LongPoint(Fields.CREATED, created));
        doc.add(new NumericDocValuesField(Fields.CREATED, created));
        doc.add(new StoredField(Fields.CREATED, created));

        facet(doc, Facet.MODULE, c.module());
        if (c.containerType() != null && c.containerId() != null) {
            facet(doc, Facet.CONTAINER, containerKey(c.containerType(), c.containerId()));
            // Looked up to label container facet values, and to search within containers.
            doc.add(new StringField(Fields.CONTAINER, containerKey(c.containerType(), c.containerId()), Field.Store.NO));
        }
        if (c.parent() != null) {
            facet(doc, Facet.PARENT, c.parent().key());
            // Looked up to label parent facet values, and to search within a container's children.
            doc.add(new StringField(Fields.PARENT, c.parent().key(), Field.Store.NO));
            if (c.parentTitle() != null) {
                doc.add(new StoredField(Fields.PARENT_TITLE, c.parentTitle().en()));
                doc.add(new StoredField(Fields.PARENT_TITLE_CY, c.parentTitle().cy()));
            }
        }
        facet(doc, Facet.KIND, c.kind());
        facet(doc, Facet.LOCALITY, c.locality());
        facet(doc, Facet.LANGUAGE, c.language().toLowerCase(Locale.ROOT));
        facet(doc, Facet.YEAR, Integer.toString(c.created().atZone(ZoneOffset.UTC).getYear()));
        return doc;
    }

    static String containerKey(String type, String id) {
        return type + "/" + id;
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void facet(Document doc, Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
        }
    }
}
