package org.folkmoot.api.files;

/** A file that was not stored, and why; nothing of it was written. */
public class FileRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Reason {
        /** Larger than the module's limit (HTTP 413). */
        TOO_LARGE,
        /** Not one of the accepted types, or its name claims another type than its content (HTTP 415). */
        WRONG_TYPE,
        /** Empty, or missing its name (HTTP 422). */
        INVALID
    }

    private final Reason reason;

    public FileRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
