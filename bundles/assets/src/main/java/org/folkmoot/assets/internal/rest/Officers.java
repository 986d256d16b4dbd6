package org.folkmoot.assets.internal.rest;

import org.folkmoot.api.security.FolkmootUser;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** Officers act only in the modules they were given; admins everywhere. */
final class Officers {
    static final String MODULE = "assets";

    private Officers() {
    }

    static FolkmootUser require(SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        if (!user.mayManage(MODULE)) {
            throw new ForbiddenException("You are not an officer of the asset transfers module.");
        }
        return user;
    }
}
