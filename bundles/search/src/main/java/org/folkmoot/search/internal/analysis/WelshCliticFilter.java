package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits Welsh enclitics off the word they lean on: {@code mae'n} becomes {@code mae} and
 * {@code yn}, {@code i'r} becomes {@code i} and {@code yr}, {@code o'i} becomes {@code o} and
 * {@code ei}. The clitic is written out in full so that a phrase matches however it was written.
 * Straight and curly apostrophes both count. Expects lower-case input.
 */
public final class WelshCliticFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    private State pending;
    private String pendingClitic;
    private int pendingStart;
    private int pendingEnd;

    public WelshCliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            termAtt.setEmpty().append(pendingClitic);
            posIncAtt.setPositionIncrement(1);
            offsetAtt.setOffset(pendingStart, pendingEnd);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = termAtt.buffer();
        int len = termAtt.length();
        int apostrophe = -1;
        for (int i = len - 1; i > 0; i--) {
            if (buf[i] == '\'' || buf[i] == '\u2019') {
                apostrophe = i;
                break;
            }
        }
        if (apostrophe <= 0 || apostrophe == len - 1) {
            return true;
        }
        String clitic = expand(new String(buf, apostrophe + 1, len - apostrophe - 1));
        if (clitic == null) {
            return true;
        }
        int start = offsetAtt.startOffset();
        int end = offsetAtt.endOffset();
        // Offsets map one to one only if the token is exactly the original text.
        boolean exact = end - start == len;
        pending = captureState();
        pendingClitic = clitic;
        pendingStart = exact ? start + apostrophe : start;
        pendingEnd = end;
        termAtt.setLength(apostrophe);
        if (exact) {
            offsetAtt.setOffset(start, start + apostrophe);
        }
        return true;
    }

    private static String expand(String clitic) {
        switch (clitic) {
            case "n": return "yn";
            case "r": return "yr";
            case "i": return "ei";
            case "w": return "ei";
            case "m": return "fy";
            case "th": return "dy";
            case "u": return "eu";
            case "ch": return "eich";
            default: return null;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        pendingClitic = null;
    }
}
