package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces a mutated Welsh word by its radical form(s), keeping its position and offsets, so a
 * search for {@code cyngor} finds {@code gyngor}, {@code nghyngor} and {@code chyngor}, and the
 * snippet marks the word as written. An ambiguous form gives every candidate at the same position
 * ({@code law}: {@code glaw}, {@code llaw}); a form that is also a word of its own is kept as well.
 * Expects lower-case input, clitics already split ({@link WelshCliticFilter}).
 */
public final class WelshMutationFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final WelshMutations mutations;

    private State saved;
    private List<String> pending;
    private int next;
    private boolean afterPossessive;

    public WelshMutationFilter(TokenStream input, WelshMutations mutations) {
        super(input);
        this.mutations = mutations;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(saved);
            termAtt.setEmpty().append(pending.get(next++));
            posIncAtt.setPositionIncrement(0);
            if (next == pending.size()) {
                pending = null;
                saved = null;
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = termAtt.buffer();
        int len = termAtt.length();
        boolean possessiveBefore = afterPossessive;
        afterPossessive = isPossessive(buf, len);
        if (keywordAtt.isKeyword()) {
            return true;
        }
        WelshMutations.Demutation d = mutations.demutate(buf, len, possessiveBefore);
        if (d == null) {
            return true;
        }
        List<String> radicals = d.radicals();
        int first = 0;
        if (!d.keepWritten()) {
            termAtt.setEmpty().append(radicals.get(0));
            first = 1;
        }
        if (first < radicals.size()) {
            saved = captureState();
            pending = radicals;
            next = first;
        }
        return true;
    }

    private static boolean isPossessive(char[] buf, int len) {
        return len >= 2 && buf[0] == 'e'
                && ((len == 2 && (buf[1] == 'i' || buf[1] == 'u')) || (len == 3 && buf[1] == 'i' && buf[2] == 'n'));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        saved = null;
        pending = null;
        afterPossessive = false;
    }
}
