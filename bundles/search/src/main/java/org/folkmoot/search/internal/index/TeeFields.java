package org.folkmoot.search.internal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.folkmoot.search.internal.analysis.TokenCapture;

/**
 * A language field and the neutral ({@code _all}) field of the same text, analysed once: the
 * language field records its tokenizer's words as it is indexed ({@link TokenCapture}), and the
 * neutral field, added right after it in the document (Lucene inverts a document's fields in
 * order, on one thread), indexes those words lower-cased and accent-folded, which is exactly what
 * {@code NeutralAnalyzer} makes of the text. The neutral fields index documents only, so each word
 * is given once. If the recording is missing the neutral field analyses the text itself.
 */
final class TeeFields {

    private TeeFields() {
    }

    /** The language field: starts a capture of its text's words when the writer asks for its tokens. */
    static final class Language extends Field {
        Language(String name, String text, FieldType type) {
            super(name, text, type);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            TokenCapture.start(this);
            return super.tokenStream(analyzer, reuse);
        }
    }

    /** The neutral field of the same text: replays the language field's words. */
    static final class Neutral extends Field {
        private final Language source;

        Neutral(String name, Language source, FieldType type) {
            super(name, source.stringValue(), type);
            this.source = source;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            String[] words = TokenCapture.take(source);
            if (words == null) {
                return super.tokenStream(analyzer, reuse);
            }
            Replay replay = reuse instanceof Replay r ? r : new Replay();
            replay.words = words;
            return replay;
        }
    }

    /** The recorded words, lower-cased as LowerCaseFilter does and folded as ASCIIFoldingFilter does. */
    static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String[] words = new String[0];
        private int next;
        private char[] folded = new char[64];

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= words.length) {
                return false;
            }
            clearAttributes();
            String w = words[next++];
            int length = w.length();
            char[] buffer = term.resizeBuffer(length);
            w.getChars(0, length, buffer, 0);
            CharacterUtils.toLowerCase(buffer, 0, length);
            term.setLength(length);
            for (int i = 0; i < length; i++) {
                if (buffer[i] >= '\u0080') {
                    if (folded.length < 4 * length) {
                        folded = new char[4 * length];
                    }
                    int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
                    term.copyBuffer(folded, 0, foldedLength);
                    break;
                }
            }
            return true;
        }

        @Override
        public void close() throws java.io.IOException {
            super.close();
            words = new String[0];
        }
    }
}
