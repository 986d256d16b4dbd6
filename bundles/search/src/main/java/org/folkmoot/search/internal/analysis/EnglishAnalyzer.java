package org.folkmoot.search.internal.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English: redaction labels blanked, Unicode word breaks, possessive 's removed, lower case,
 * accents folded, American spellings written the British way ({@link SpellingVariantFilter}:
 * {@code mold} finds {@code mould}), English stop words removed (positions kept, so phrases still
 * line up), stemming ({@code councils} finds {@code council}): Porter by default, or one of the
 * lighter {@link Stemming}s (searches stem titles with Porter and bodies with Krovetz: see the
 * search README).
 */
public final class EnglishAnalyzer extends StopwordAnalyzerBase {

    /** How words are brought to a common form. */
    public enum Stemming {
        /** Porter: aggressive ({@code hospitality} and {@code hospitals} both become {@code hospit}). */
        PORTER,
        /** Krovetz: inflections and common suffixes, checked against a dictionary ({@code hospitals} -> {@code hospital}). */
        KSTEM,
        /** Plurals only ({@code homes} -> {@code home}). */
        PLURALS;

        TokenStream filter(TokenStream in) {
            switch (this) {
                case KSTEM: return new KStemFilter(in);
                case PLURALS: return new EnglishMinimalStemFilter(in);
                default: return new PorterStemFilter(in);
            }
        }
    }

    private final boolean redactedInput;
    private final SpellingVariants variants;
    private final Stemming stemming;

    public EnglishAnalyzer() {
        this(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false, true, Stemming.PORTER);
    }

    public EnglishAnalyzer(CharArraySet stopwords) {
        this(stopwords, false, true, Stemming.PORTER);
    }

    private EnglishAnalyzer(CharArraySet stopwords, boolean redactedInput, boolean spellingVariants, Stemming stemming) {
        super(stopwords);
        this.redactedInput = redactedInput;
        this.variants = spellingVariants ? SpellingVariants.shared() : null;
        this.stemming = stemming;
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
        return forRedactedText(spellingVariants, Stemming.PORTER);
    }

    /** As {@link #forRedactedText(boolean)} with the given stemming (the ranking evaluation compares them). */
    public static EnglishAnalyzer forRedactedText(boolean spellingVariants, Stemming stemming) {
        return new EnglishAnalyzer(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true,
                spellingVariants, stemming);
    }

    /** For queries, with or without British and American spellings meeting. */
    public static EnglishAnalyzer forQueries(boolean spellingVariants) {
        return forQueries(spellingVariants, Stemming.PORTER);
    }

    /** For queries, with the given stemming. */
    public static EnglishAnalyzer forQueries(boolean spellingVariants, Stemming stemming) {
        return new EnglishAnalyzer(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false,
                spellingVariants, stemming);
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
        result = stemming.filter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
