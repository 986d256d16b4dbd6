package org.folkmoot.search.internal.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English: redaction labels blanked, Unicode word breaks, possessive 's removed, lower case,
 * accents folded, American spellings written the British way ({@link SpellingVariantFilter}:
 * {@code mold} finds {@code mould}), English stop words removed (positions kept, so phrases still
 * line up), Porter stemming ({@code councils} finds {@code council}).
 */
public final class EnglishAnalyzer extends StopwordAnalyzerBase {

    private final boolean redactedInput;
    private final SpellingVariants variants;

    public EnglishAnalyzer() {
        this(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false, true);
    }

    public EnglishAnalyzer(CharArraySet stopwords) {
        this(stopwords, false, true);
    }

    private EnglishAnalyzer(CharArraySet stopwords, boolean redactedInput, boolean spellingVariants) {
        super(stopwords);
        this.redactedInput = redactedInput;
        this.variants = spellingVariants ? SpellingVariants.shared() : null;
    }

    /** For what the index is given (a {@link TokenizedText} is tokenised once for all its fields). */
    public static EnglishAnalyzer forRedactedText() {
        return forRedactedText(true);
    }

    /**
     * As {@link #forRedactedText()}, with or without British and American spellings meeting (without:
     * the analysis before layout 4, which the ranking evaluation compares against).
     */
    public static EnglishAnalyzer forRedactedText(boolean spellingVariants) {
        return new EnglishAnalyzer(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true,
                spellingVariants);
    }

    /** For queries, with or without British and American spellings meeting. */
    public static EnglishAnalyzer forQueries(boolean spellingVariants) {
        return new EnglishAnalyzer(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false,
                spellingVariants);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // Replaying: a TokenizedText was tokenised (and its labels blanked) once; other text is, by the replay.
        return redactedInput ? reader : new RedactingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = redactedInput ? TokenizedText.replaying() : new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (variants != null) {
            result = new SpellingVariantFilter(result, variants);
        }
        result = new StopFilter(result, stopwords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
