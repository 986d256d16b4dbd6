package org.folkmoot.assemblies.internal.response;

/** What the council decided about a recommendation. */
public enum Decision {
    ACCEPTED, ACCEPTED_IN_PART, NOT_ACCEPTED, FURTHER_WORK;

    /** Accepted in full or in part: the recommendation gets actions and is tracked. */
    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_IN_PART;
    }
}
