package org.folkmoot.api.security;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import org.folkmoot.api.audit.Actor;

import jakarta.ws.rs.core.SecurityContext;

/**
 * The signed-in user of a request.
 *
 * @param id          stable user id, the sign-in name: never an author id in the archive (see {@link Pseudonyms})
 * @param displayName name shown to them and in staff pages
 * @param roles       their roles
 * @param modules     module ids an officer may manage; {@code *} for all
 * @param origin      the client address of this request
 * @param csrfToken   token forms must echo when the request came with a session cookie; empty otherwise
 */
public record FolkmootUser(String id, String displayName, Set<Role> roles, Set<String> modules, String origin,
        String csrfToken) implements Principal {

    /** Wildcard in {@link #modules()}. */
    public static final String ALL_MODULES = "*";

    public FolkmootUser {
        roles = Set.copyOf(roles);
        modules = Set.copyOf(modules);
        origin = origin == null ? "" : origin;
        csrfToken = csrfToken == null ? "" : csrfToken;
    }

    @Override
    public String getName() {
        return id;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Admins manage every module; officers and facilitators the modules they were given. */
    public boolean mayManage(String module) {
        if (has(Role.ADMIN)) {
            return true;
        }
        return (has(Role.OFFICER) || has(Role.FACILITATOR))
                && (modules.contains(ALL_MODULES) || modules.contains(module));
    }

    /** For the audit log. */
    public Actor actor() {
        return new Actor(id, origin);
    }

    /** The user of a REST request, if one signed in. */
    public static Optional<FolkmootUser> of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof FolkmootUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
