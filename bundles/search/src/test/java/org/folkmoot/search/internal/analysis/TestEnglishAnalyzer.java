package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.folkmoot.platform.internal.privacy.UkRedactor;

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

    public void testKrovetzTakesOffInflectionsButKeepsWordsPorterRunsTogether() throws IOException {
        try (Analyzer krovetz = EnglishAnalyzer.forQueries(true, EnglishAnalyzer.Stemming.KSTEM)) {
            assertAnalyzesTo(krovetz, "councils reopening hospitals hospitality electric electricity",
                    new String[] {"council", "reopen", "hospital", "hospitality", "electric", "electricity"});
            // Spelling variants still meet before stemming: theaters, theatres.
            assertAnalyzesTo(krovetz, "theaters theatres", new String[] {"theatre", "theatre"});
            checkRandomData(random(), krovetz, 200);
        }
        assertAnalyzesTo(analyzer, "hospitals hospitality", new String[] {"hospit", "hospit"});
    }

    public void testAccentsFolded() throws IOException {
        assertAnalyzesTo(analyzer, "café", new String[] {"cafe"});
    }

    /** What the index is given: redacted by the platform's Redactor; neither the data nor the labels are terms. */
    public void testEmailPhoneAndPostcodeAreNotTokens() throws IOException {
        String text = new UkRedactor().redact("ring 07700 900123 or write to jo.bloggs@example.org in SW1A 1AA today", "en");
        int write = text.indexOf("write");
        int today = text.indexOf("today");
        assertAnalyzesTo(analyzer, text, new String[] {"ring", "write", "todai"},
                new int[] {0, write, today},
                new int[] {4, write + 5, today + 5},
                null);
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongStrings() throws IOException {
        checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 2048);
    }
}
