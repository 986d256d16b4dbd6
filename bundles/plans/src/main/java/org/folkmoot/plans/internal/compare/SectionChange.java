package org.folkmoot.plans.internal.compare;

import java.util.List;
import java.util.Objects;
import java.util.Locale;

/**
 * One section in the comparison, placed where it is in the later version (a removed section where it was).
 *
 * @param key             the section's key
 * @param status          added, removed, changed or unchanged
 * @param moved           whether it is in both versions but in another place among the sections kept
 * @param heading         the later heading (the earlier one for a removed section)
 * @param previousHeading the earlier heading, if the heading changed; empty otherwise
 * @param paragraphs      the text paragraph by paragraph, each a list of kept, inserted and deleted pieces
 *                        (all inserted for an added section, all deleted for a removed one, empty when unchanged)
 */
public record SectionChange(String key, SectionStatus status, boolean moved, String heading, String previousHeading,
        List<List<TextPiece>> paragraphs) {

    public SectionChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        heading = heading == null ? "" : heading;
        previousHeading = previousHeading == null ? "" : previousHeading;
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** For templates: {@code "added"}, {@code "removed"}, {@code "changed"} or {@code "unchanged"}. */
    public String kind() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** Whether the heading is not the one the earlier version had. */
    public boolean headingChanged() {
        return !previousHeading.isEmpty();
    }

    /** How many sentences were inserted in this section. */
    public int sentencesInserted() {
        return count(TextChange.INSERTED);
    }

    /** How many sentences were deleted from this section. */
    public int sentencesDeleted() {
        return count(TextChange.DELETED);
    }

    private int count(TextChange change) {
        int n = 0;
        for (List<TextPiece> paragraph : paragraphs) {
            for (TextPiece p : paragraph) {
                if (p.change() == change) {
                    n += p.sentences();
                }
            }
        }
        return n;
    }
}
