package org.folkmoot.plans.internal.compare;

import java.util.Objects;

/**
 * A run of one or more whole sentences that is in both versions, or only in one.
 *
 * @param change    whether the text is kept, inserted or deleted
 * @param text      the sentences as written, with their spacing
 * @param sentences how many sentences the text holds
 */
public record TextPiece(TextChange change, String text, int sentences) {

    public TextPiece {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(text, "text");
    }

    /** For templates: {@code "same"}, {@code "inserted"} or {@code "deleted"}. */
    public String kind() {
        return change.name().toLowerCase(java.util.Locale.ROOT);
    }
}
