package org.folkmoot.assets.internal.cases;

import java.util.List;
import java.util.Optional;

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
    private final String key;
    private final transient List<Object> args;

    public CaseException(Kind kind, String message) {
        this(kind, message, null);
    }

    public CaseException(Kind kind, String message, String field) {
        this(kind, message, field, null, List.of());
    }

    private CaseException(Kind kind, String message, String field, String key, List<Object> args) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /**
     * A refusal written once, in the module's messages ({@code /l10n/messages.properties}) under
     * {@code key}: the message is the English text with {@code args} as the JSON API has always
     * written them (dates as 2026-11-23, states in words); the pages write the same key in their
     * own language ({@link #key()}, {@link #args()}).
     *
     * @param field the step argument at fault, or null when the refusal is about the step's date or the case
     */
    public static CaseException refused(Kind kind, String field, String key, Object... args) {
        return new CaseException(kind, RefusalText.english(key, args), field, key, List.of(args));
    }

    /** The message in {@code language} ({@code cy}, else English) for the JSON API; dates as 2026-12-07. */
    public String message(String language) {
        return key == null ? getMessage() : RefusalText.in(language, key, args());
    }

    /** The message key of this refusal in the module's messages, if it has one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The arguments of {@link #key()}: dates, states and choices as themselves, the rest as text or numbers. */
    public List<Object> args() {
        return args == null ? List.of() : args;
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
