package org.folkmoot.api.health;

import java.util.Objects;

/**
 * The health of one module or part of the runtime.
 *
 * @param status  up or down
 * @param message what is wrong and what to do next, for an operator; empty when up
 */
public record Health(Status status, String message) {

    /** Up or down; a down module does not serve its pages or API. */
    public enum Status { UP, DOWN }

    public Health {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public static Health up() {
        return new Health(Status.UP, "");
    }

    public static Health down(String message) {
        return new Health(Status.DOWN, message);
    }

    public boolean isUp() {
        return status == Status.UP;
    }
}
