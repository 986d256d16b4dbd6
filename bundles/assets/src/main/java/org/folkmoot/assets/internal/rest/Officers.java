package org.folkmoot.assets.internal.rest;

import org.folkmoot.api.security.FolkmootUser;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The module's officer role, {@value #ROLE}: what {@code @RolesAllowed} names on officers'
 * endpoints, and the same check for code that acts for one (admins hold every role).
 */
final class Officers {
    static final String MODULE = "assets";
    static final String ROLE = "assets.officer";

    private Officers() {
    }

    static FolkmootUser require(SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        if (!user.hasRole(ROLE)) {
            throw new ForbiddenException("You are not an officer of the asset transfers module.");
        }
        return user;
    }
}
