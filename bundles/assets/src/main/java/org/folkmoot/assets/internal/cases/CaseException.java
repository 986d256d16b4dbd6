package org.folkmoot.assets.internal.cases;

/**
 * A change to a case that the law or the case's state does not allow. The message is written for
 * the officer. The REST layer maps {@link Kind#WRONG_STATE} to 409 and {@link Kind#INVALID} to 422.
 */
public final class CaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The action is not possible in the case's current state (HTTP 409 Conflict). */
        WRONG_STATE(409),
        /** The data given is not acceptable, e.g. a date out of time (HTTP 422). */
        INVALID(422);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;

    public CaseException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static CaseException wrongState(String message) {
        return new CaseException(Kind.WRONG_STATE, message);
    }

    public static CaseException invalid(String message) {
        return new CaseException(Kind.INVALID, message);
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return kind.httpStatus();
    }
}
