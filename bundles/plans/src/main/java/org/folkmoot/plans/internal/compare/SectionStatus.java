package org.folkmoot.plans.internal.compare;

/** What happened to a section between two versions (a moved section is also one of these). */
public enum SectionStatus {
    /** Only in the later version. */
    ADDED,
    /** Only in the earlier version. */
    REMOVED,
    /** In both, with a different heading or text. */
    CHANGED,
    /** In both, word for word the same. */
    UNCHANGED
}
