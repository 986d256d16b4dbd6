package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestEnglishAnalyzer extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new EnglishAnalyzer();
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testStemsPossessivesAndStopWords() throws IOException {
        assertAnalyzesTo(analyzer, "The Council's plans for parks",
                new String[] {"council", "plan", "park"},
                new int[] {4, 14, 24},
                new int[] {13, 19, 29},
                new int[] {2, 1, 2});
    }

    public void testStemmingMakesInflectionsMeetTheirStem() throws IOException {
        assertAnalyzesTo(analyzer, "councils council consulting consultation",
                new String[] {"council", "council", "consult", "consult"});
    }

    public void testAccentsFolded() throws IOException {
        assertAnalyzesTo(analyzer, "café", new String[] {"cafe"});
    }

    public void testEmailPhoneAndPostcodeAreNotTokens() throws IOException {
        assertAnalyzesTo(analyzer, "ring 07700 900123 or write to jo.bloggs@example.org in SW1A 1AA today",
                new String[] {"ring", "write", "todai"},
                new int[] {0, 21, 64},
                new int[] {4, 26, 69},
                null);
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongStrings() throws IOException {
        checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 2048);
    }
}
