package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.folkmoot.platform.internal.privacy.UkRedactor;

/** Tests the Welsh analyzer the way Lucene tests its own: exact tokens, offsets, positions, random text. */
public class TestWelshAnalyzer extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new WelshAnalyzer();
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testSoftNasalAspirateMutationsOfCyngor() throws IOException {
        assertAnalyzesTo(analyzer, "Gyngor nghyngor chyngor cyngor",
                new String[] {"cyngor", "cyngor", "cyngor", "cyngor"},
                new int[] {0, 7, 16, 24},
                new int[] {6, 15, 23, 30},
                new int[] {1, 1, 1, 1});
    }

    public void testPlaceNameAfterYng() throws IOException {
        assertAnalyzesTo(analyzer, "yng Nghaerdydd",
                new String[] {"yng", "caerdydd"},
                new int[] {0, 4},
                new int[] {3, 14},
                new int[] {1, 1});
    }

    public void testHProthesis() throws IOException {
        assertAnalyzesTo(analyzer, "ei hardal hi",
                new String[] {"ei", "ardal", "hi"},
                new int[] {0, 3, 10},
                new int[] {2, 9, 12},
                new int[] {1, 1, 1});
    }

    public void testCliticsAreSplitOffAndWrittenInFull() throws IOException {
        assertAnalyzesTo(analyzer, "Mae'n mynd i’r dref",
                new String[] {"mae", "yn", "mynd", "i", "yr", "tref"},
                new int[] {0, 3, 6, 11, 12, 15},
                new int[] {3, 5, 10, 12, 14, 19},
                new int[] {1, 1, 1, 1, 1, 1});
    }

    public void testAmbiguousFormGivesEveryCandidateAtOnePosition() throws IOException {
        assertAnalyzesTo(analyzer, "ei law",
                new String[] {"ei", "glaw", "llaw"},
                new int[] {0, 3, 3},
                new int[] {2, 6, 6},
                new int[] {1, 1, 0});
    }

    public void testPluralsAreNotCollapsed() throws IOException {
        assertAnalyzesTo(analyzer, "cynghorau nghynghorau cyngor",
                new String[] {"cynghorau", "cynghorau", "cyngor"});
    }

    public void testWordThatIsAlsoARadicalIsLeftAlone() throws IOException {
        // "mae" is listed as a nasal mutation of "bae", but is far more often "mae" itself.
        assertAnalyzesTo(analyzer, "Mae Bae", new String[] {"mae", "bae"}, new int[] {1, 1});
    }

    public void testCommonWordsThatLookMutatedAreLeftAlone() throws IOException {
        // nhw (they) and hun (self) would fall to the nh- and h-prothesis rules; does and nôl are
        // listed only as mutations of the rarer toes and dôl.
        assertAnalyzesTo(analyzer, "mae nhw ei hun does dim nôl",
                new String[] {"mae", "nhw", "ei", "hun", "does", "dim", "nol"});
    }

    public void testRulesCoverWordsTheLexiconLacks() throws IOException {
        // An invented place name: only the rules can know "Mh-" is a nasal mutation of "P-".
        assertAnalyzesTo(analyzer, "ym Mhlasyffrwdwen",
                new String[] {"ym", "mhlasyffrwdwen", "plasyffrwdwen"},
                new int[] {0, 3, 3},
                new int[] {2, 17, 17},
                new int[] {1, 1, 0});
        // h-prothesis of an unknown vowel-initial word, only after ei/ein/eu.
        assertAnalyzesTo(analyzer, "eu hoxyffordd", new String[] {"eu", "hoxyffordd", "oxyffordd"}, new int[] {1, 1, 0});
        assertAnalyzesTo(analyzer, "y hoxyffordd", new String[] {"y", "hoxyffordd"});
    }

    public void testAccentsFoldedAfterMutation() throws IOException {
        assertAnalyzesTo(analyzer, "dŵr", new String[] {"dwr"});
    }

    /** What the index is given: redacted by the platform's Redactor with Welsh labels, which are not terms. */
    public void testPersonalDataIsNotIndexedAndOffsetsStayRight() throws IOException {
        String text = new UkRedactor().redact("e-bost jo@enghraifft.cymru neu 029 2087 2087, CF10 3NQ gyngor", "cy");
        assertEquals("e-bost [e-bost wedi'i dynnu] neu [rhif ffôn wedi'i dynnu], [cod post wedi'i dynnu] gyngor", text);
        int neu = text.indexOf(" neu ") + 1;
        int gyngor = text.indexOf("gyngor");
        assertAnalyzesTo(analyzer, text,
                new String[] {"e", "bost", "neu", "cyngor"},
                new int[] {0, 2, neu, gyngor},
                new int[] {1, 6, neu + 3, gyngor + 6},
                null);
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongStrings() throws IOException {
        checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 2048);
    }

    public void testEmptyTerm() throws IOException {
        assertAnalyzesTo(analyzer, "", new String[0]);
    }

    public void testRealSentencesKeepOffsetsOnTheWrittenWord() throws Exception {
        List<String> sentences = TestData.welshSentences();
        int checked = 0;
        for (String sentence : sentences.subList(0, Math.min(3000, sentences.size()))) {
            try (TokenStream ts = analyzer.tokenStream("body", sentence)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                org.apache.lucene.analysis.tokenattributes.OffsetAttribute off =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String written = sentence.substring(off.startOffset(), off.endOffset());
                    assertFalse("blank token text in: " + sentence, written.isBlank());
                    assertTrue("offsets beyond the sentence", off.endOffset() <= sentence.length());
                    checked++;
                }
                ts.end();
            }
        }
        assertTrue(checked > 10_000);
        // A sentence with "Gyngor" marks the word as written.
        String s = "Roedd ei dad yn henadur Rhyddfrydol ar Gyngor Sir Forgannwg.";
        List<String> marked = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute off =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.toString().equals("cyngor")) {
                    marked.add(s.substring(off.startOffset(), off.endOffset()));
                }
            }
            ts.end();
        }
        assertEquals(List.of("Gyngor"), marked);
    }
}
