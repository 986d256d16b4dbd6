package org.folkmoot.plans.internal.compare;

/** What happened to a run of text between the two versions. */
public enum TextChange {
    /** In both versions. */
    SAME,
    /** Only in the later version. */
    INSERTED,
    /** Only in the earlier version. */
    DELETED
}
