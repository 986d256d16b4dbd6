package org.folkmoot.search.internal.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English: redaction labels blanked, Unicode word breaks, possessive 's removed, lower case,
 * accents folded, English stop words removed (positions kept, so phrases still line up),
 * Porter stemming ({@code councils} finds {@code council}).
 */
public final class EnglishAnalyzer extends StopwordAnalyzerBase {

    private final boolean redactedInput;

    public EnglishAnalyzer() {
        this(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    }

    public EnglishAnalyzer(CharArraySet stopwords) {
        this(stopwords, false);
    }

    private EnglishAnalyzer(CharArraySet stopwords, boolean redactedInput) {
        super(stopwords);
        this.redactedInput = redactedInput;
    }

    /** For what the index is given (its words are captured once for the neutral field). */
    public static EnglishAnalyzer forRedactedText() {
        return new EnglishAnalyzer(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new RedactingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(redactedInput ? TokenCapture.filter(source) : source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, stopwords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
