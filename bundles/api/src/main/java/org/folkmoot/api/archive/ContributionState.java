package org.folkmoot.api.archive;

/** Where a contribution stands. Only {@link #PUBLISHED} contributions are ever shown publicly. */
public enum ContributionState {
    PUBLISHED, HIDDEN, WITHDRAWN, ERASED;

    /** Lower-case name used in JSON, CSV and the database. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
