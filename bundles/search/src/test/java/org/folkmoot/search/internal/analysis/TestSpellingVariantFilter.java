package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestSpellingVariantFilter extends BaseTokenStreamTestCase {

    private Analyzer filterOnly;
    private Analyzer english;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        filterOnly = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new SpellingVariantFilter(source, SpellingVariants.shared()));
            }
        };
        english = new EnglishAnalyzer();
    }

    @Override
    public void tearDown() throws Exception {
        filterOnly.close();
        english.close();
        super.tearDown();
    }

    public void testAmericanSpellingsAreWrittenTheBritishWayInPlace() throws IOException {
        assertAnalyzesTo(filterOnly, "mold theater favorite organize color center traveled enrollment",
                new String[] {"mould", "theatre", "favourite", "organise", "colour", "centre", "travelled", "enrolment"},
                new int[] {0, 5, 13, 22, 31, 37, 44, 53},
                new int[] {4, 12, 21, 30, 36, 43, 52, 63},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1});
    }

    public void testBritishAndOtherWordsAreLeftAlone() throws IOException {
        assertAnalyzesTo(filterOnly, "mould theatre council tor cold",
                new String[] {"mould", "theatre", "council", "tor", "cold"});
    }

    public void testBothSpellingsMeetAfterStemming() throws IOException {
        assertAnalyzesTo(english, "organizing organising", new String[] {"organis", "organis"});
        assertAnalyzesTo(english, "moldy mouldy", new String[] {"mouldi", "mouldi"});
        assertAnalyzesTo(english, "Theaters theatres", new String[] {"theatr", "theatr"});
    }

    public void testTheTableIsDerivedFromTheWordListsNotTypedByHand() {
        assertTrue("about 1,700 pairs", SpellingVariants.shared().size() > 1_500);
    }

    public void testFactoryRejectsUnknownArguments() throws IOException {
        Map<String, String> args = new HashMap<>();
        args.put("bogus", "1");
        expectThrows(IllegalArgumentException.class, () -> new SpellingVariantFilterFactory(new HashMap<>(args)));
        Analyzer custom = CustomAnalyzer.builder().withTokenizer("whitespace")
                .addTokenFilter(SpellingVariantFilterFactory.class).build();
        assertAnalyzesTo(custom, "color", new String[] {"colour"});
        custom.close();
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), filterOnly, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), english, 100 * RANDOM_MULTIPLIER);
    }
}
