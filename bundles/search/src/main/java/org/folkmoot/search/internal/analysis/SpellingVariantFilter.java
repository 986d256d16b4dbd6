package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Writes an American spelling the British way ({@code mold} → {@code mould}, {@code theater} →
 * {@code theatre}, {@code organize} → {@code organise}), in place: position and offsets stay on the
 * written word. Used when indexing and when querying, so either spelling finds both. Expects
 * lower-case input, before stemming (the stemmer then treats both spellings alike).
 */
public final class SpellingVariantFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final SpellingVariants variants;

    public SpellingVariantFilter(TokenStream input, SpellingVariants variants) {
        super(input);
        this.variants = variants;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            char[] british = variants.british(termAtt.buffer(), termAtt.length());
            if (british != null) {
                termAtt.copyBuffer(british, 0, british.length);
            }
        }
        return true;
    }
}
