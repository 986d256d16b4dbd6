package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher carrying what is worked out once per refresh rather than per query: the facet
 * reader state and which language body fields the index has.
 */
final class FacetedSearcher extends IndexSearcher {

    /** Null until some document has a facet value. */
    final SortedSetDocValuesReaderState state;
    /** The language body fields some segment has (the highlighter's offset sources). */
    final Set<String> bodyFields;

    FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        this.state = stateOf(reader, config);
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        Set<String> fields = new HashSet<>();
        for (String f : new String[] {Fields.BODY_EN, Fields.BODY_CY, Fields.BODY_OTHER}) {
            if (infos.fieldInfo(f) != null) {
                fields.add(f);
            }
        }
        this.bodyFields = Set.copyOf(fields);
    }

    private static SortedSetDocValuesReaderState stateOf(IndexReader reader, FacetsConfig config) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
    }

    /** Makes a {@link FacetedSearcher} for each refreshed reader. */
    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader, config);
            }
        };
    }
}
