package org.folkmoot.plans.internal.draftimport;

import java.util.ArrayList;
import java.util.List;

/** Collects headings, paragraphs and list items in document order into sections, and holds each section to its limit. */
final class Sections {

    private final int maxCharacters;
    private final List<DraftSection> done = new ArrayList<>();
    private int level;
    private String heading = "";
    private List<String> paragraphs = new ArrayList<>();
    private final StringBuilder list = new StringBuilder();
    private int characters;
    private boolean anyText;

    Sections(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    void heading(int newLevel, String text) {
        endSection();
        level = Math.max(1, Math.min(6, newLevel));
        heading = clean(text);
        count(heading);
        anyText |= !heading.isEmpty();
    }

    void paragraph(String text) {
        endList();
        String p = clean(text);
        if (!p.isEmpty()) {
            count(p);
            paragraphs.add(p);
            anyText = true;
        }
    }

    /** An item of a list; consecutive items make one paragraph, a line each. */
    void listItem(String marker, String text) {
        String item = clean(text);
        if (item.isEmpty()) {
            return;
        }
        if (list.length() > 0) {
            list.append('\n');
        }
        list.append(marker).append(item);
        count(item);
        anyText = true;
    }

    void endList() {
        if (list.length() > 0) {
            paragraphs.add(list.toString());
            list.setLength(0);
        }
    }

    /** The sections, or a refusal if the document had no text. */
    List<DraftSection> sections() {
        endSection();
        if (!anyText) {
            throw new DraftRefused(DraftRefused.Reason.EMPTY, "The document has no text.", List.of());
        }
        return done;
    }

    private void endSection() {
        endList();
        if (level > 0 || !paragraphs.isEmpty()) {
            done.add(new DraftSection(level, heading, paragraphs));
        }
        paragraphs = new ArrayList<>();
        heading = "";
        level = 0;
        characters = 0;
    }

    private void count(String text) {
        characters += text.length();
        if (characters > maxCharacters) {
            String name = !heading.isEmpty() ? heading
                    : paragraphs.isEmpty() ? abbreviated(text) : abbreviated(paragraphs.get(0));
            throw new DraftRefused(DraftRefused.Reason.SECTION_TOO_LONG,
                    "The section \"" + name + "\" is longer than " + maxCharacters + " characters.",
                    List.of(name, maxCharacters));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40).strip() + "…";
    }

    /** Runs of spaces and tabs as one space; line breaks kept only where a list puts them. */
    static String clean(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
