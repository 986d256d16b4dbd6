package org.folkmoot.search.internal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.folkmoot.search.internal.analysis.TokenizedText;

/**
 * A language field and the neutral ({@code _all}) field of the same text, analysed once: both share
 * a {@link TokenizedText}, which the first of them to be inverted tokenises. The language field
 * replays the tokens through its language's filters (its analyzer is made {@code forRedactedText});
 * the neutral field indexes the distinct words lower-cased and accent-folded, which is exactly what
 * {@code NeutralAnalyzer} makes of the text. Neither depends on the order in which Lucene inverts a
 * document's fields. The neutral fields index documents only, so each word is given once.
 */
final class TeeFields {

    private TeeFields() {
    }

    /** One text of a contribution (its title or its body), tokenised once for both its fields. */
    static final class Text {
        final TokenizedText tokens;

        Text(String text) {
            this.tokens = new TokenizedText(text);
        }
    }

    /** The language field: its analyzer replays the text's tokens through the language's filters. */
    static final class Language extends Field {
        private final Text text;

        Language(String name, Text text, FieldType type) {
            super(name, text.tokens.text(), type);
            this.text = text;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return analyzer.tokenStream(name(), text.tokens.reader());
        }
    }

    /** The neutral field of the same text: its distinct words, lower-cased and folded. */
    static final class Neutral extends Field {
        private final Text text;

        Neutral(String name, Text text, FieldType type) {
            super(name, text.tokens.text(), type);
            this.text = text;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            Replay replay = reuse instanceof Replay r ? r : new Replay();
            replay.words = text.tokens.distinctWords();
            return replay;
        }
    }

    /** The text's words, lower-cased as LowerCaseFilter does and folded as ASCIIFoldingFilter does. */
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
