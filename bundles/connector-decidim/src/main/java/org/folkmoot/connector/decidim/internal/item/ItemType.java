package org.folkmoot.connector.decidim.internal.item;

import java.util.Locale;

/**
 * The kinds of resident contribution Folkmoot takes from Decidim. The {@link #id()} is what the external
 * id and the archive's {@code kind} carry.
 */
public enum ItemType {
    PROPOSAL, DEBATE, MEETING, RESULT, COMMENT;

    /** {@code proposal}, {@code debate}, {@code meeting}, {@code result}, {@code comment}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for an {@link #id()}; throws {@link IllegalArgumentException} for anything else. */
    public static ItemType of(String id) {
        for (ItemType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a Decidim item type: '" + id + "'");
    }
}
