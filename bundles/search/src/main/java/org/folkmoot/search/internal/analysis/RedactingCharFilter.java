package org.folkmoot.search.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.folkmoot.api.privacy.PersonalData;

/**
 * Blanks the labels the platform's {@link org.folkmoot.api.privacy.Redactor} writes in place of personal
 * data ("[email removed]", "[rhif ffôn wedi'i dynnu]"...), before the tokenizer sees them, so they never
 * become terms. The personal data itself never reaches analysis: the archive feed redacts what the index
 * is given and the search service redacts what residents type, both with the one Redactor. Each label
 * becomes one space; offsets are corrected so tokens after it still point at the right characters of the
 * text (and highlighted snippets mark the right words).
 *
 * <p>Contributions are short, so the whole input is read on first use.
 */
public final class RedactingCharFilter extends BaseCharFilter {

    /** Every label in both languages; labels are API constants, so this needs no service. */
    static final Pattern LABELS = Pattern.compile(PersonalData.labels().stream().map(Pattern::quote)
            .collect(Collectors.joining("|")));

    private String transformed;
    private int pos;

    public RedactingCharFilter(Reader in) {
        super(in);
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
        if (text.indexOf('[') < 0) {
            return text;
        }
        Matcher m = LABELS.matcher(text);
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
