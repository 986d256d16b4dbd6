package org.folkmoot.plans.internal.plan;

import java.util.Arrays;
import java.util.List;

/**
 * One part of a plan (vision, theme, outcome, priority, action, or text), with its heading and body
 * in English and Welsh. The {@code key} stays the same from version to version, so comments, answers
 * and comparisons can point at it.
 */
public record Section(String key, SectionKind kind, Bilingual heading, Bilingual body, ActionDetails action) {
    public Section {
        heading = heading == null ? new Bilingual("", "") : heading;
        body = body == null ? new Bilingual("", "") : body;
    }

    /** The body's paragraphs in a language (split on blank lines), for paragraph-level comments. */
    public List<String> paragraphs(String language) {
        String text = "cy".equals(language) ? body.cy() : body.en();
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
