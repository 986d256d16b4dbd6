package org.folkmoot.platform.internal.migration;

/** A module's migrations could not be applied; the message says which script and why. */
public class MigrationFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public MigrationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
