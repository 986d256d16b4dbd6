package org.folkmoot.sortition.internal.core;

/** The selection algorithms on offer. */
public enum Algorithm {
    /** Maximise the smallest selection probability, then the next smallest, and so on. */
    LEXIMIN,
    /** Maximise the smallest selection probability only. */
    MAXIMIN,
    /** The Sortition Foundation's earlier greedy method, for comparison. */
    LEGACY
}
