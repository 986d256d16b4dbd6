package org.folkmoot.search.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.folkmoot.search.internal.analysis.NeutralAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The neutral fields reuse the tokens of their text's one tokenisation instead of tokenising it
 * again: what they index must be exactly what the neutral analyzer makes of the text, in every
 * language, with the indexing threads of a bulk catch-up.
 */
class TeeFieldsTest {

    private final Contributions c = new Contributions();

    @Test
    void neutralFieldsHoldWhatTheNeutralAnalyzerGives() throws Exception {
        List<IndexedContribution> changes = new ArrayList<>();
        String[][] texts = {
            {"en", "The Council's PLANS for Café Nero", "Residents' concerns: the council’s naïve plans (2024) for the café; "
                    + "email me at jo@example.org or call 029 2087 2087. Don't!"},
            {"cy", "Cyngor Caerdydd a'r ddŵr", "Mae'n bwysig i'r cyngor yng Nghaerdydd wrando ar ei hardal. Dŵr glân i bawb."},
            {"fr", "Le Conseil Municipal", "Élèves et Écoles à Cardiff: déjà vu, garçon."},
        };
        for (int i = 0; i < 300; i++) { // enough for the parallel bulk path
            String[] t = texts[i % texts.length];
            changes.add(c.make("d" + i, t[1] + " " + i, t[2] + " n" + i, t[0], "plans", "plan", "p1", "Plan",
                    "comment", "Riverside", Instant.parse("2024-03-01T10:00:00Z")));
        }
        Set<String> expectedTitles = new TreeSet<>();
        Set<String> expectedBodies = new TreeSet<>();
        Analyzer neutral = new NeutralAnalyzer(); // the analysis of a query: its own tokenizer
        for (IndexedContribution x : changes) {
            expectedTitles.addAll(tokens(neutral, x.title()));
            expectedBodies.addAll(tokens(neutral, x.body()));
        }
        try (ContributionIndex index = new ContributionIndex(new ByteBuffersDirectory(), ContributionIndex.Settings.defaults())) {
            index.bulkMode(true);
            long gen = index.applyAll(changes);
            index.bulkMode(false);
            assertTrue(index.awaitSearchable(gen, 5_000));
            assertEquals(expectedTitles, terms(index, Fields.TITLE_ALL));
            assertEquals(expectedBodies, terms(index, Fields.BODY_ALL));
        }
        assertTrue(expectedBodies.contains("council’s") || expectedBodies.contains("council's"), expectedBodies.toString());
        assertTrue(expectedBodies.contains("naive") && expectedBodies.contains("nghaerdydd") && expectedBodies.contains("eleves"),
                expectedBodies.toString());
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY_ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    private static Set<String> terms(ContributionIndex index, String field) throws IOException {
        return index.withSearcher(s -> {
            Set<String> out = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), field);
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                out.add(t.utf8ToString());
            }
            return out;
        });
    }
}
