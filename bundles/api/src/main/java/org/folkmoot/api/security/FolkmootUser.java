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
 * @param roles       the role ids granted: {@code admin}, {@code resident}, module roles such as
 *                    {@code assets.officer}, or {@code *.officer} for a role in every module
 * @param origin      the client address of this request
 * @param csrfToken   token forms must echo when the request came with a session cookie; empty otherwise
 */
public record FolkmootUser(String id, String displayName, Set<String> roles, String origin, String csrfToken)
        implements Principal {

    public FolkmootUser {
        roles = Set.copyOf(roles);
        origin = origin == null ? "" : origin;
        csrfToken = csrfToken == null ? "" : csrfToken;
    }

    @Override
    public String getName() {
        return id;
    }

    /** Holds the role by the one rule of {@link Roles#covers}: admins hold every role. */
    public boolean hasRole(String role) {
        return Roles.covers(roles, role);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /**
     * May act in the module (moderate its contributions, see what is not public): admins, and
     * anyone with a role of that module. What each module role may do beyond that, the module
     * checks with {@code @RolesAllowed} or {@link #hasRole(String)}.
     */
    public boolean mayManage(String module) {
        return Roles.actsIn(roles, module);
    }

    /** Holds any role of any module, or is an admin: one of the council's staff. */
    public boolean isStaff() {
        return isAdmin() || roles.stream().anyMatch(r -> !Roles.moduleOf(r).isEmpty());
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
