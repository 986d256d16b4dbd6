package org.folkmoot.sortition.internal.core;

import java.util.Arrays;

/** A panel described by how many members it takes from each type (dense, one count per type). */
final class TypePanel {
    final int[] counts;
    private final int hash;

    TypePanel(int[] counts) {
        this.counts = counts;
        this.hash = Arrays.hashCode(counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypePanel other && hash == other.hash && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
