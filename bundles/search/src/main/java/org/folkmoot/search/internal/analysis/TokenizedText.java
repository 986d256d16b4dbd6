package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One text, tokenised once (redaction labels blanked, Unicode word breaks) however many fields index
 * it. Whichever field asks first tokenises it; the others replay the same tokens, so nothing depends
 * on the order in which Lucene inverts a document's fields, or on which thread. A language field's
 * analyzer made {@code forRedactedText} replays the tokens through its own filters when handed
 * {@link #reader()}; the neutral field takes the {@link #distinctWords()}.
 *
 * <p>Not thread-safe: a document is inverted on one thread.
 */
public final class TokenizedText {

    private static final Analyzer TOKENIZER = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new RedactingCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source);
        }
    };

    private final String text;
    private Tokens tokens;
    private String[] distinct;

    public TokenizedText(String text) {
        this.text = text == null ? "" : text;
    }

    public String text() {
        return text;
    }

    /** A reader over the text that a {@code forRedactedText} analyzer replays the tokens from. */
    public Reader reader() {
        return new TextReader(this);
    }

    /** The words as the tokenizer gave them (not lower-cased), each once, in order of first use. */
    public String[] distinctWords() {
        if (distinct == null) {
            Tokens t = tokens();
            Set<String> seen = new HashSet<>();
            String[] out = new String[t.count];
            int n = 0;
            for (int i = 0; i < t.count; i++) {
                String w = new String(t.chars, t.start[i], t.length[i]);
                if (seen.add(w)) {
                    out[n++] = w;
                }
            }
            distinct = Arrays.copyOf(out, n);
        }
        return distinct;
    }

    private Tokens tokens() {
        if (tokens == null) {
            try {
                tokens = Tokens.of(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringReader does not fail
            }
        }
        return tokens;
    }

    /**
     * The tokenizer of the {@code forRedactedText} analyzers: replays a {@link TokenizedText}'s tokens
     * when given its {@link #reader()}, and tokenises any other reader itself (a tag, a plain field).
     */
    static Tokenizer replaying() {
        return new Replay();
    }

    /** The tokens of one text in flat arrays: no object per token. */
    private static final class Tokens {
        char[] chars = new char[256];
        int used;
        int count;
        int[] start = new int[32];
        int[] length = new int[32];
        int[] startOffset = new int[32];
        int[] endOffset = new int[32];
        int[] positionIncrement = new int[32];
        String[] type = new String[32];
        int finalOffset;
        int finalPositionIncrement;

        static Tokens of(Reader reader) throws IOException {
            Tokens t = new Tokens();
            try (TokenStream ts = TOKENIZER.tokenStream("", reader)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
                TypeAttribute type = ts.addAttribute(TypeAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    t.add(term.buffer(), term.length(), offset.startOffset(), offset.endOffset(),
                            posInc.getPositionIncrement(), type.type());
                }
                ts.end();
                t.finalOffset = offset.endOffset();
                t.finalPositionIncrement = posInc.getPositionIncrement();
            }
            return t;
        }

        private void add(char[] buffer, int len, int from, int to, int increment, String tokenType) {
            if (count == start.length) {
                int size = count * 2;
                start = Arrays.copyOf(start, size);
                length = Arrays.copyOf(length, size);
                startOffset = Arrays.copyOf(startOffset, size);
                endOffset = Arrays.copyOf(endOffset, size);
                positionIncrement = Arrays.copyOf(positionIncrement, size);
                type = Arrays.copyOf(type, size);
            }
            if (used + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            }
            System.arraycopy(buffer, 0, chars, used, len);
            start[count] = used;
            length[count] = len;
            startOffset[count] = from;
            endOffset[count] = to;
            positionIncrement[count] = increment;
            type[count] = tokenType;
            used += len;
            count++;
        }
    }

    private static final class TextReader extends Reader {
        final TokenizedText text;

        TextReader(TokenizedText text) {
            this.text = text;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            // Never read: the replaying tokenizer takes the tokens. A plain analyzer reads nothing.
            return -1;
        }

        @Override
        public void close() {
        }
    }

    private static final class Replay extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private Tokens tokens;
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = input instanceof TextReader r ? r.text.tokens() : Tokens.of(input);
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (tokens == null) {
                throw new IllegalStateException("reset() not called, or the stream is closed");
            }
            if (next >= tokens.count) {
                return false;
            }
            clearAttributes();
            int i = next++;
            term.copyBuffer(tokens.chars, tokens.start[i], tokens.length[i]);
            offset.setOffset(tokens.startOffset[i], tokens.endOffset[i]);
            posInc.setPositionIncrement(tokens.positionIncrement[i]);
            type.setType(tokens.type[i]);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            if (tokens != null) { // null when reading the text failed in reset()
                offset.setOffset(tokens.finalOffset, tokens.finalOffset);
                posInc.setPositionIncrement(tokens.finalPositionIncrement);
            }
        }

        @Override
        public void close() throws IOException {
            tokens = null;
            super.close();
        }
    }
}
