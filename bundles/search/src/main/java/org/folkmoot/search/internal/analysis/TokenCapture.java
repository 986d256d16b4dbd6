package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lets one analysis of a text feed two fields: while a language field's text is tokenised, the
 * tokenizer's words (before stemming, mutation or stop words) are recorded on this thread, and the
 * neutral field that follows it in the same document replays them lower-cased and folded instead of
 * tokenising the text a second time. The index analyzers ({@code forRedactedText}) put a
 * {@link #filter recording filter} right after their tokenizer; it records nothing unless a capture
 * was {@link #start started} for the text being analysed. Whoever replays checks with
 * {@link #take} that the capture is complete and belongs to its own text, and analyses the text
 * itself otherwise, so a capture that went astray can only cost time, never change what is indexed.
 */
public final class TokenCapture {

    private static final ThreadLocal<TokenCapture> CURRENT = ThreadLocal.withInitial(TokenCapture::new);

    private Object owner;
    private boolean open;
    private boolean attached;
    private boolean complete;
    private final Set<String> seen = new HashSet<>();
    private final List<String> terms = new ArrayList<>();

    private TokenCapture() {
    }

    /** Starts recording, on this thread, the words of the next text analysed by an index analyzer. */
    public static void start(Object owner) {
        CURRENT.get().reset(owner, true);
    }

    /**
     * The distinct words (as the tokenizer gave them) recorded for the owner's text, if its analysis
     * ran to the end on this thread; null otherwise. Ends the capture either way.
     */
    public static String[] take(Object owner) {
        TokenCapture c = CURRENT.get();
        String[] out = c.complete && c.owner == owner ? c.terms.toArray(new String[0]) : null;
        c.reset(null, false);
        return out;
    }

    private void reset(Object newOwner, boolean recording) {
        owner = newOwner;
        open = recording;
        attached = false;
        complete = false;
        seen.clear();
        terms.clear();
    }

    private void add(char[] buffer, int length) {
        String term = new String(buffer, 0, length);
        if (seen.add(term)) {
            terms.add(term);
        }
    }

    /** The recording filter an index analyzer puts right after its tokenizer. */
    public static TokenStream filter(TokenStream tokenizer) {
        return new Recorder(tokenizer);
    }

    private static final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private TokenCapture capture;

        Recorder(TokenStream in) {
            super(in);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            TokenCapture c = CURRENT.get();
            if (c.open && !c.attached) {
                c.attached = true;
                capture = c;
            } else {
                capture = null;
            }
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (capture != null) {
                capture.add(term.buffer(), term.length());
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            if (capture != null) {
                capture.open = false;
                capture.complete = true;
                capture = null;
            }
        }

        @Override
        public void close() throws IOException {
            capture = null;
            super.close();
        }
    }
}
