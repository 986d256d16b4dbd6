package org.folkmoot.plans.internal.draftimport;

import java.util.List;
import java.util.Objects;

/**
 * A section of an imported draft.
 *
 * @param level      the heading's level, 1 to 6; 0 for text with no heading above it
 * @param heading    the heading's text; empty when level is 0
 * @param paragraphs the paragraphs under the heading up to the next heading, in order; a list is one paragraph whose
 *                   items are lines starting with "- " (or "1. " for a numbered list)
 */
public record DraftSection(int level, String heading, List<String> paragraphs) {

    public DraftSection {
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The section's text as the plan stores a body: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
