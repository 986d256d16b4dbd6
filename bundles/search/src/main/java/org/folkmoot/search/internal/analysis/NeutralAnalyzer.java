package org.folkmoot.search.internal.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Language-neutral analysis for the field every contribution is indexed into whatever its
 * language: redaction labels blanked, Unicode word breaks, lower case, accents folded. It lets a
 * query find words as written in a contribution of any language; the language fields add stemming
 * and mutation on top. Also used for spelling hints and similar contributions.
 */
public final class NeutralAnalyzer extends Analyzer {

    private final boolean redactedInput;

    public NeutralAnalyzer() {
        this(false);
    }

    private NeutralAnalyzer(boolean redactedInput) {
        this.redactedInput = redactedInput;
    }

    /** For what the index is given (a {@link TokenizedText} is tokenised once for all its fields). */
    public static NeutralAnalyzer forRedactedText() {
        return new NeutralAnalyzer(true);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // Replaying: a TokenizedText was tokenised (and its labels blanked) once; other text is, by the replay.
        return redactedInput ? reader : new RedactingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = redactedInput ? TokenizedText.replaying() : new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
