package org.folkmoot.assets.internal.cases;

/**
 * A change to a case that the law or the case's state does not allow. The message is written for
 * the officer. The REST layer maps {@link Kind#WRONG_STATE} to 409 and {@link Kind#INVALID} to 422.
 * A refusal caused by one of the step's arguments names it ({@link #field()}), so that a form can
 * show the refusal beside that field; one that names none is about the step's date or the case.
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
    private final String field;

    public CaseException(Kind kind, String message) {
        this(kind, message, null);
    }

    public CaseException(Kind kind, String message, String field) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static CaseException wrongState(String message) {
        return new CaseException(Kind.WRONG_STATE, message);
    }

    public static CaseException invalid(String message) {
        return new CaseException(Kind.INVALID, message);
    }

    /** The value of the argument {@code field} (as the step and the REST API name it) is not acceptable. */
    public static CaseException invalid(String field, String message) {
        return new CaseException(Kind.INVALID, message, field);
    }

    /** The argument this refusal is about, if it is about one. */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return kind.httpStatus();
    }
}
