package org.folkmoot.plans.internal.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Compares two versions of a plan in one language: sections matched by key, sentences diffed within a
 * changed section (java-diff-utils' Myers diff). Stateless and thread-safe.
 */
public final class VersionComparer {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param earlier  the earlier version's sections in order
     * @param later    the later version's sections in order
     * @param language {@code en} or {@code cy}: how sentences are split
     * @throws IllegalArgumentException if a version has two sections with the same key
     */
    public Comparison compare(List<VersionSection> earlier, List<VersionSection> later, String language) {
        Map<String, VersionSection> before = byKey(earlier, "earlier");
        Map<String, VersionSection> after = byKey(later, "later");
        SentenceSplitter splitter = SentenceSplitter.forLanguage(language);
        List<String> earlierKeys = earlier.stream().map(VersionSection::key).toList();
        List<String> laterKeys = later.stream().map(VersionSection::key).toList();
        Patch<String> order = DiffUtils.diff(earlierKeys, laterKeys);

        // A key in both versions that the diff of the key order had to delete or insert is out of place: moved.
        Set<String> moved = new HashSet<>();
        for (AbstractDelta<String> delta : order.getDeltas()) {
            delta.getTarget().getLines().stream().filter(before::containsKey).forEach(moved::add);
        }

        List<SectionChange> sections = new ArrayList<>(earlier.size() + later.size());
        int e = 0;
        int l = 0;
        for (AbstractDelta<String> delta : order.getDeltas()) {
            int deltaSource = delta.getSource().getPosition();
            int deltaTarget = delta.getTarget().getPosition();
            while (e < deltaSource && l < deltaTarget) {
                sections.add(section(before.get(earlierKeys.get(e++)), after.get(laterKeys.get(l++)), false, splitter));
            }
            for (String key : delta.getSource().getLines()) {
                e++;
                if (!after.containsKey(key)) {
                    sections.add(removed(before.get(key), splitter));
                }
            }
            for (String key : delta.getTarget().getLines()) {
                l++;
                VersionSection was = before.get(key);
                sections.add(was == null ? added(after.get(key), splitter)
                        : section(was, after.get(key), moved.contains(key), splitter));
            }
        }
        while (e < earlierKeys.size() && l < laterKeys.size()) {
            sections.add(section(before.get(earlierKeys.get(e++)), after.get(laterKeys.get(l++)), false, splitter));
        }
        return new Comparison(language, sections);
    }

    private static Map<String, VersionSection> byKey(List<VersionSection> version, String which) {
        Map<String, VersionSection> map = new HashMap<>();
        for (VersionSection s : version) {
            if (map.put(s.key(), s) != null) {
                throw new IllegalArgumentException("The " + which + " version has two sections with the key " + s.key());
            }
        }
        return map;
    }

    private SectionChange section(VersionSection was, VersionSection now, boolean moved, SentenceSplitter splitter) {
        String previousHeading = was.heading().equals(now.heading()) ? "" : was.heading();
        if (was.body().equals(now.body()) || normalise(was.body()).equals(normalise(now.body()))) {
            SectionStatus status = previousHeading.isEmpty() ? SectionStatus.UNCHANGED : SectionStatus.CHANGED;
            return new SectionChange(now.key(), status, moved, now.heading(), previousHeading, List.of());
        }
        return new SectionChange(now.key(), SectionStatus.CHANGED, moved, now.heading(), previousHeading,
                diff(sentences(was.body(), splitter), sentences(now.body(), splitter)));
    }

    private static SectionChange added(VersionSection now, SentenceSplitter splitter) {
        return new SectionChange(now.key(), SectionStatus.ADDED, false, now.heading(), "",
                whole(sentences(now.body(), splitter), TextChange.INSERTED));
    }

    private static SectionChange removed(VersionSection was, SentenceSplitter splitter) {
        return new SectionChange(was.key(), SectionStatus.REMOVED, false, was.heading(), "",
                whole(sentences(was.body(), splitter), TextChange.DELETED));
    }

    /** A body as sentences, with {@link #BREAK} between paragraphs. */
    private static List<String> sentences(String body, SentenceSplitter splitter) {
        List<String> out = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(body.strip())) {
            List<String> sentences = splitter.split(paragraph);
            if (sentences.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(BREAK);
            }
            out.addAll(sentences);
        }
        return out;
    }

    /** Stands between two paragraphs in a list of sentences; no sentence is ever this (it holds a line break). */
    private static final String BREAK = "\n";

    private static List<List<TextPiece>> whole(List<String> sentences, TextChange change) {
        Paragraphs out = new Paragraphs();
        for (String s : sentences) {
            out.add(change, s);
        }
        return out.done();
    }

    private static List<List<TextPiece>> diff(List<String> was, List<String> now) {
        Patch<String> patch = DiffUtils.diff(was, now);
        Paragraphs out = new Paragraphs();
        int w = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; w < delta.getSource().getPosition(); w++) {
                out.add(TextChange.SAME, was.get(w));
            }
            for (String s : delta.getSource().getLines()) {
                out.add(TextChange.DELETED, s);
                w++;
            }
            for (String s : delta.getTarget().getLines()) {
                out.add(TextChange.INSERTED, s);
            }
        }
        for (; w < was.size(); w++) {
            out.add(TextChange.SAME, was.get(w));
        }
        return out.done();
    }

    private static String normalise(String body) {
        return SPACES.matcher(body.strip()).replaceAll(" ");
    }

    /** Collects sentences into paragraphs of pieces, joining neighbours with the same change. */
    private static final class Paragraphs {
        private final List<List<TextPiece>> paragraphs = new ArrayList<>();
        private List<TextPiece> current = new ArrayList<>();
        private TextChange change;
        private final StringBuilder text = new StringBuilder();
        private int count;

        void add(TextChange c, String sentence) {
            if (sentence.equals(BREAK)) {
                endParagraph();
                return;
            }
            if (c != change) {
                endPiece();
                change = c;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence);
            count++;
        }

        private void endPiece() {
            if (count > 0) {
                current.add(new TextPiece(change, text.toString(), count));
            }
            text.setLength(0);
            count = 0;
            change = null;
        }

        private void endParagraph() {
            endPiece();
            if (!current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
        }

        List<List<TextPiece>> done() {
            endParagraph();
            return paragraphs;
        }
    }
}
