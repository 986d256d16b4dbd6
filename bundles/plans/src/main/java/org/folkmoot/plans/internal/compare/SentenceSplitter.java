package org.folkmoot.plans.internal.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets)
 * followed by a space and a word that does not start in lower case, unless the word before the full stop is an
 * abbreviation: a listed one ("e.g.", "St.", "Cllr.", the Welsh "h.y.", "e.e.", "Cyng."), a single letter (an
 * initial), or a word with a full stop inside it ("U.K."). Plain rules, not a trained model: council prose is
 * regular, and a wrong split only makes a diff a little finer or coarser.
 */
public final class SentenceSplitter {

    /** Abbreviations written in English plans: titles, legal references, months, "for example". */
    private static final Set<String> ENGLISH = Set.of("e.g", "i.e", "cf", "vs", "viz", "approx", "incl", "no",
            "nos", "st", "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "hon", "cllr", "sr", "jr", "co", "ltd", "plc",
            "dept", "govt", "para", "paras", "reg", "regs", "ss", "sch", "ch", "pp", "vol", "fig", "rd", "ave", "sq",
            "mt", "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec", "mon", "tues", "thurs",
            "fri");

    /** Abbreviations written in Welsh plans: Cynghorydd, Parchedig, gweler, cyfrol, tudalennau, months. */
    private static final Set<String> WELSH = Set.of("e.e", "h.y", "a.y.b", "ayb", "gw", "cyng", "parch", "tt", "cyf",
            "ion", "chwef", "ebr", "meh", "gorff", "tach", "rhag");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> abbreviations;

    private SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** A splitter for {@code en} or {@code cy}; Welsh plans quote English too, so Welsh knows both lists. */
    public static SentenceSplitter forLanguage(String language) {
        if (language.equals("cy")) {
            Set<String> both = new java.util.HashSet<>(WELSH);
            both.addAll(ENGLISH);
            return new SentenceSplitter(Set.copyOf(both));
        }
        return new SentenceSplitter(ENGLISH);
    }

    /**
     * The sentences of one paragraph, each trimmed. Line breaks inside the paragraph count as spaces.
     */
    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int n = paragraph.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = paragraph.charAt(i);
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (isTerminal(paragraph.charAt(end)) || isClosing(paragraph.charAt(end)))) {
                end++;
            }
            if (end < n && !Character.isWhitespace(paragraph.charAt(end))) {
                i = end;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next == n || endsSentence(paragraph, start, i, c, paragraph.charAt(next))) {
                add(sentences, paragraph.substring(start, end));
                start = next;
            }
            i = next;
        }
        if (start < n) {
            add(sentences, paragraph.substring(start));
        }
        return sentences;
    }

    private boolean endsSentence(String text, int sentenceStart, int stop, char mark, char following) {
        if (Character.isLowerCase(following)) {
            return false;
        }
        if (mark != '.') {
            return true;
        }
        int wordStart = stop;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && !isOpening(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, stop).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false; // an initial: "J. R. Jones"
        }
        if (word.indexOf('.') > 0 && Character.isLetter(word.charAt(word.length() - 1))) {
            return false; // "U.K.", "a.y.b."
        }
        return !abbreviations.contains(word);
    }

    private static void add(List<String> sentences, String sentence) {
        String s = SPACES.matcher(sentence.strip()).replaceAll(" ");
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '’' || c == '”' || c == '»';
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '"' || c == '‘' || c == '“' || c == '«';
    }
}
