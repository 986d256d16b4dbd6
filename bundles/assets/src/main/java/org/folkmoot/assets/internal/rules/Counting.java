package org.folkmoot.assets.internal.rules;

/** Whether the trigger day is inside the period. */
public enum Counting {
    /** "the period of N ... beginning with" the date: the trigger day is day 1. */
    BEGINNING_WITH,
    /** "N ... after" the date: the period starts the next day (the corresponding-date rule). */
    AFTER
}
