package org.folkmoot.plans.internal.plan;

import java.util.List;
import java.util.Optional;

/**
 * A step refused, nothing changed: the HTTP status it maps to (404 unknown, 409 wrong state, 413 too
 * large, 422 bad data), the field at fault if any, an English message for the JSON API, and the
 * same as a message key with arguments for the pages.
 */
public final class PlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;
    private final String key;
    private final transient List<Object> args;

    public PlanException(int status, String field, String english, String key, Object... args) {
        super(english);
        this.status = status;
        this.field = field;
        this.key = key;
        this.args = List.of(args);
    }

    static PlanException conflict(String english, String key, Object... args) {
        return new PlanException(409, null, english, key, args);
    }

    static PlanException invalid(String field, String english, String key, Object... args) {
        return new PlanException(422, field, english, key, args);
    }

    public int status() {
        return status;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
