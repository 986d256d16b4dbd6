package org.folkmoot.api.sortition;

/** How the lottery is built. */
public enum SelectionAlgorithm {
    /** Maximise the smallest selection probability, then the next smallest, and so on (recommended). */
    LEXIMIN,
    /** Maximise the smallest selection probability only. */
    MAXIMIN,
    /** The Sortition Foundation's earlier greedy method, for comparison. */
    LEGACY
}
