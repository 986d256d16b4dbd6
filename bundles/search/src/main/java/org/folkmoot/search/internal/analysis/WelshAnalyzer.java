package org.folkmoot.search.internal.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Welsh: redaction labels blanked, Unicode word breaks, lower case, clitics split off
 * ({@link WelshCliticFilter}), mutations undone ({@link WelshMutationFilter}), then accents folded
 * so {@code dwr} finds {@code dŵr}. No stemming: plurals stay distinct (Welsh plurals are too
 * irregular to strip safely). Same chain at index and query time.
 */
public final class WelshAnalyzer extends Analyzer {

    private final WelshMutations mutations;

    public WelshAnalyzer() {
        this(WelshMutations.shared());
    }

    public WelshAnalyzer(WelshMutations mutations) {
        this(mutations, false);
    }

    private WelshAnalyzer(WelshMutations mutations, boolean redactedInput) {
        this.mutations = mutations;
        this.redactedInput = redactedInput;
    }

    /** For what the index is given (a {@link TokenizedText} is tokenised once for all its fields). */
    public static WelshAnalyzer forRedactedText() {
        return new WelshAnalyzer(WelshMutations.shared(), true);
    }

    private final boolean redactedInput;

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // Replaying: a TokenizedText was tokenised (and its labels blanked) once; other text is, by the replay.
        return redactedInput ? reader : new RedactingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = redactedInput ? TokenizedText.replaying() : new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new WelshCliticFilter(result);
        result = new WelshMutationFilter(result, mutations);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
