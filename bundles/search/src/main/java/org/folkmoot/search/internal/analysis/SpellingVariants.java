package org.folkmoot.search.internal.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * American spellings and their British equivalents ({@code color} → {@code colour}, {@code mold} →
 * {@code mould}, {@code organize} → {@code organise}), about 1,700 pairs with their inflections,
 * derived from the SCOWL word lists by {@code bundles/search/tools/GenerateSpellingVariants.java}:
 * a pair is there only if both spellings are real words of their own list (see
 * {@code spelling-variants.NOTICE.txt} for the source and its licence).
 */
public final class SpellingVariants {

    static final String RESOURCE = "spelling-variants.tsv.gz";

    private static volatile SpellingVariants shared;

    private final CharArrayMap<char[]> britishFor;

    private SpellingVariants(CharArrayMap<char[]> britishFor) {
        this.britishFor = britishFor;
    }

    /** The table shipped in this bundle, loaded once. */
    public static SpellingVariants shared() {
        SpellingVariants v = shared;
        if (v == null) {
            synchronized (SpellingVariants.class) {
                v = shared;
                if (v == null) {
                    try (InputStream in = SpellingVariants.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        v = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shared = v;
                }
            }
        }
        return v;
    }

    static SpellingVariants load(InputStream gz) throws IOException {
        CharArrayMap<char[]> map = new CharArrayMap<>(2_048, false);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.isEmpty() || line.charAt(0) == '#' || tab < 1) {
                    continue;
                }
                map.put(line.substring(0, tab), line.substring(tab + 1).toCharArray());
            }
        }
        return new SpellingVariants(CharArrayMap.unmodifiableMap(map));
    }

    /** The British spelling of a lower-case American one, or null if the word has no other spelling. */
    public char[] british(char[] term, int length) {
        return britishFor.get(term, 0, length);
    }

    /** Number of pairs. */
    public int size() {
        return britishFor.size();
    }
}
