package org.folkmoot.api.security;

import java.util.Locale;
import java.util.Optional;

/** The roles of Folkmoot; {@link #id()} is the name used with {@code @RolesAllowed}. */
public enum Role {
    /** Someone who lives or works in the area and takes part. */
    RESIDENT,
    /** A council officer; acts only in the modules they are given. */
    OFFICER,
    /** Runs assembly sessions. */
    FACILITATOR,
    /** Manages accounts and reads the audit log; may act in every module. */
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
