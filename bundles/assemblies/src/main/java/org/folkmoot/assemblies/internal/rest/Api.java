package org.folkmoot.assemblies.internal.rest;

import java.util.NoSuchElementException;
import java.util.function.Supplier;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.Refused;

/** How the API turns the module's refusals into problems, and who may do what. */
final class Api {
    private Api() {
    }

    /** Runs an action; a refusal becomes its 4xx problem (English), an unknown assembly 404. */
    static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (Refused r) {
            throw new ClientErrorException(r.getMessage(), r.status());
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    static FolkmootUser require(SecurityContext sc, String... roles) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        for (String role : roles) {
            if (user.hasRole(role)) {
                return user;
            }
        }
        throw new ForbiddenException("This needs the role " + String.join(" or ", roles) + " of the citizens' assemblies module.");
    }

    /**
     * Who is trying registration codes, for the rate limit: the signed-in user's origin, else the
     * client's address as the web bundle gives it (a trusted proxy's forwarded address already
     * applied), never a header the client could vary.
     */
    static String client(SecurityContext sc, jakarta.servlet.http.HttpServletRequest request) {
        return FolkmootUser.of(sc).map(FolkmootUser::origin).filter(o -> !o.isBlank())
                .orElse(request == null ? "unknown" : request.getRemoteAddr());
    }

    static boolean has(SecurityContext sc, String role) {
        return FolkmootUser.of(sc).map(u -> u.hasRole(role)).orElse(false);
    }
}
