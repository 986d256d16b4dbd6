package org.folkmoot.assemblies.internal.recommendations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed between two wordings of a recommendation, word by word (java-diff-utils' Myers
 * diff over words and the spaces and punctuation between them), as pieces to show in order:
 * kept, removed or added. Recommendations are a few sentences, so words are the unit members
 * notice (a "should" that became "must").
 */
public final class WordingComparison {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’-]+|\\s+|[^\\p{L}\\p{N}\\s]");

    private WordingComparison() {
    }

    /** A piece of the comparison. */
    public enum Change { SAME, REMOVED, ADDED }

    public record Piece(Change change, String text) {
    }

    public static List<Piece> compare(String earlier, String later) {
        List<String> was = tokens(earlier);
        List<String> now = tokens(later);
        Patch<String> patch = DiffUtils.diff(was, now);
        List<Piece> out = new ArrayList<>();
        int w = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; w < delta.getSource().getPosition(); w++) {
                add(out, Change.SAME, was.get(w));
            }
            for (String s : delta.getSource().getLines()) {
                add(out, Change.REMOVED, s);
                w++;
            }
            for (String s : delta.getTarget().getLines()) {
                add(out, Change.ADDED, s);
            }
        }
        for (; w < was.size(); w++) {
            add(out, Change.SAME, was.get(w));
        }
        return out;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Joins neighbours with the same change, so a page shows a phrase, not each word, as removed. */
    private static void add(List<Piece> out, Change change, String token) {
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(change, last.text() + token));
        } else {
            out.add(new Piece(change, token));
        }
    }
}
