package org.folkmoot.api.archive;

/** The last thing that happened to a contribution; each one took a new sequence number. */
public enum ChangeKind {
    CREATED, EDITED, HIDDEN, UNHIDDEN, WITHDRAWN, ERASED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
