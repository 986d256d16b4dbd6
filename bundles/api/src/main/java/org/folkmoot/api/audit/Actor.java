package org.folkmoot.api.audit;

import java.util.Objects;

/**
 * Who did something and from where.
 *
 * @param id     user id, {@code system} for the runtime itself, or {@code anonymous}
 * @param origin client address, {@code cli} or {@code internal}
 */
public record Actor(String id, String origin) {

    public Actor {
        Objects.requireNonNull(id, "id");
        origin = origin == null || origin.isBlank() ? "internal" : origin;
    }

    /** The runtime itself (migrations, demo data, scheduled work). */
    public static Actor system() {
        return new Actor("system", "internal");
    }
}
