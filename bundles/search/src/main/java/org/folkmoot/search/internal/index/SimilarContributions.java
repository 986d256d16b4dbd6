package org.folkmoot.search.internal.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Contributions most like a given one, by the words of its title and body (Lucene's MoreLikeThis). */
final class SimilarContributions {

    private final Analyzer analyzer;
    private final Hits hits;

    SimilarContributions(Analyzer analyzer, Hits hits) {
        this.analyzer = analyzer;
        this.hits = hits;
    }

    /** Best first, without the contribution itself; empty if it is not indexed. */
    List<SearchResult.Hit> to(IndexSearcher searcher, String id, int max) throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        Document d = searcher.storedFields().document(self.scoreDocs[0].doc);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Fields.BODY_ALL, Fields.TITLE_ALL});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        mlt.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        Map<String, Collection<Object>> fields = new HashMap<>();
        fields.put(Fields.BODY_ALL, List.of(d.get(Fields.BODY)));
        fields.put(Fields.TITLE_ALL, List.of(d.get(Fields.TITLE)));
        Query notSelf = new BooleanQuery.Builder()
                .add(mlt.like(fields), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(notSelf, Math.max(1, Math.min(max, SearchRequest.MAX_LIMIT)));
        return hits.page(searcher, notSelf, top, 0, false);
    }
}
