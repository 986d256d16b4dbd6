package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Blanks emails, UK phone numbers, UK postcodes and {@link Redaction}'s own labels before the
 * tokenizer sees them, so none of them becomes a term. Each match becomes one space; offsets are
 * corrected so tokens after it still point at the right characters of the original text (and
 * highlighted snippets mark the right words).
 *
 * <p>Contributions are short, so the whole input is read on first use.
 */
public final class RedactingCharFilter extends BaseCharFilter {

    private String transformed;
    private int pos;
    private final boolean labelsOnly;

    public RedactingCharFilter(Reader in) {
        this(in, false);
    }

    /**
     * @param labelsOnly true for text that has already been through {@link Redaction#redact}: only
     *                   its labels are left to blank (what the index is given; one regular
     *                   expression pass per text instead of one per analysed field)
     */
    public RedactingCharFilter(Reader in, boolean labelsOnly) {
        super(in);
        this.labelsOnly = labelsOnly;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (transformed == null) {
            transformed = transform(readAll());
        }
        if (pos >= transformed.length()) {
            return -1;
        }
        int n = Math.min(len, transformed.length() - pos);
        transformed.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1024];
        for (int n; (n = input.read(buf)) != -1; ) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private String transform(String text) {
        if (labelsOnly ? text.indexOf('[') < 0 : !Redaction.mayContainPersonalData(text)) {
            return text;
        }
        Matcher m = (labelsOnly ? Redaction.LABELS_ONLY : Redaction.PERSONAL_DATA).matcher(text);
        StringBuilder out = null;
        int last = 0;
        int diff = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(' ');
            diff += (m.end() - m.start()) - 1;
            addOffCorrectMap(out.length(), diff);
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
