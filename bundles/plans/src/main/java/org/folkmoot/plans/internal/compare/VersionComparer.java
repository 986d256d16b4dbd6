package org.folkmoot.plans.internal.compare;

import java.util.List;

/**
 * Compares two versions of a plan in one language: sections matched by key, sentences diffed within a
 * changed section. Stateless and thread-safe.
 */
public final class VersionComparer {

    /**
     * @param earlier  the earlier version's sections in order
     * @param later    the later version's sections in order
     * @param language {@code en} or {@code cy}: how sentences are split
     * @throws IllegalArgumentException if a version has two sections with the same key
     */
    public Comparison compare(List<VersionSection> earlier, List<VersionSection> later, String language) {
        throw new UnsupportedOperationException("filled in next");
    }
}
