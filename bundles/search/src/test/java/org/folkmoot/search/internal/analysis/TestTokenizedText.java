package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

/**
 * A text tokenised once and replayed through each language's filters must index exactly what that
 * language's analyzer makes of the text itself (terms, offsets, positions, the final offset),
 * whichever field asks first.
 */
public class TestTokenizedText extends BaseTokenStreamTestCase {

    private static final String[] TEXTS = {
        "Residents' concerns: the council’s naïve plans (2024) for the café; email me at [email removed]. Don't!",
        "Mae'n bwysig i'r cyngor yng Nghaerdydd wrando ar ei hardal. Dŵr glân i bawb. [rhif ffôn wedi'i dynnu]",
        "Élèves et Écoles à Cardiff: déjà vu, garçon. The theater's colors organized",
        "", "   ", "the of and", "x".repeat(300) + " after a very long word",
    };

    public void testReplayIsWhatEachAnalyzerMakesOfTheText() throws IOException {
        List<String> texts = new ArrayList<>(List.of(TEXTS));
        for (int i = 0; i < 300; i++) {
            texts.add(TestUtil.randomAnalysisString(random(), 200, false));
        }
        Analyzer[][] pairs = {
            {new EnglishAnalyzer(), EnglishAnalyzer.forRedactedText()},
            {new WelshAnalyzer(), WelshAnalyzer.forRedactedText()},
            {new NeutralAnalyzer(), NeutralAnalyzer.forRedactedText()},
        };
        for (Analyzer[] pair : pairs) {
            for (String text : texts) {
                TokenizedText tokenized = new TokenizedText(text);
                assertEquals(text, tokens(pair[0], new StringReader(text)), tokens(pair[1], tokenized.reader()));
                // Asked again (a second field of the same text), the same.
                assertEquals(text, tokens(pair[0], new StringReader(text)), tokens(pair[1], tokenized.reader()));
                // Plain text given to the replaying analyzer is tokenised by it.
                assertEquals(text, tokens(pair[0], new StringReader(text)), tokens(pair[1], new StringReader(text)));
            }
        }
    }

    public void testDistinctWordsAreTheSameWhicheverFieldAsksFirst() throws IOException {
        Analyzer english = EnglishAnalyzer.forRedactedText();
        for (String text : TEXTS) {
            TokenizedText neutralFirst = new TokenizedText(text);
            String[] words = neutralFirst.distinctWords();
            List<String> language = tokens(english, neutralFirst.reader());

            TokenizedText languageFirst = new TokenizedText(text);
            assertEquals(language, tokens(english, languageFirst.reader()));
            assertEquals(List.of(words), List.of(languageFirst.distinctWords()));
            assertEquals(new ArrayList<>(new LinkedHashSet<>(raw(text))), List.of(words));
        }
    }

    public void testRandomStrings() throws IOException {
        for (Analyzer a : new Analyzer[] {EnglishAnalyzer.forRedactedText(), WelshAnalyzer.forRedactedText(),
                NeutralAnalyzer.forRedactedText()}) {
            checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
            a.close();
        }
    }

    /** The tokenizer's words, as written. */
    private static List<String> raw(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (org.apache.lucene.analysis.standard.StandardTokenizer t = new org.apache.lucene.analysis.standard.StandardTokenizer()) {
            t.setReader(new RedactingCharFilter(new StringReader(text)));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                out.add(term.toString());
            }
            t.end();
        }
        return out;
    }

    /** Each token as term, offsets and position increment, then the final offset and increment. */
    private static List<String> tokens(Analyzer analyzer, Reader reader) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", reader)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + posInc.getPositionIncrement());
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
        }
        return out;
    }
}
