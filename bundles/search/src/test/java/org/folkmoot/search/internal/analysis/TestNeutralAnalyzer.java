package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.folkmoot.platform.internal.privacy.UkRedactor;

public class TestNeutralAnalyzer extends BaseTokenStreamTestCase {

    public void testWordsAsWritten() throws IOException {
        try (Analyzer a = new NeutralAnalyzer()) {
            assertAnalyzesTo(a, "Parks and Gyngor Café", new String[] {"parks", "and", "gyngor", "cafe"},
                    new int[] {0, 6, 10, 17}, new int[] {5, 9, 16, 21});
        }
    }

    public void testRedactionLabelsAreNotSearchable() throws IOException {
        try (Analyzer a = new NeutralAnalyzer()) {
            String stored = new UkRedactor().redact("mail a@b.com now", "en");
            assertEquals("mail [email removed] now", stored);
            assertAnalyzesTo(a, stored, new String[] {"mail", "now"}, new int[] {0, 21}, new int[] {4, 24});
        }
    }

    public void testEveryLabelInBothLanguagesIsBlanked() throws IOException {
        try (Analyzer a = new NeutralAnalyzer()) {
            for (String label : org.folkmoot.api.privacy.PersonalData.labels()) {
                String text = "cyn " + label + " wedyn";
                assertAnalyzesTo(a, text, new String[] {"cyn", "wedyn"}, new int[] {0, text.length() - 5},
                        new int[] {3, text.length()});
            }
        }
    }

    public void testRandomStrings() throws IOException {
        try (Analyzer a = new NeutralAnalyzer()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }
}
