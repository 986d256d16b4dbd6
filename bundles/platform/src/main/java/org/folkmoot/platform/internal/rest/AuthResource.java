package org.folkmoot.platform.internal.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.audit.AuditRecord;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Role;
import org.folkmoot.platform.internal.security.Accounts;
import org.folkmoot.platform.internal.security.AuthenticationFilter;
import org.folkmoot.platform.internal.security.AuthorPseudonyms;
import org.folkmoot.platform.internal.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Login, logout, API tokens, accounts and the audit log. */
@Component(service = AuthResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.platform.auth")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Login(String username, String password) {
    }

    /** {@code author}: the pseudonym under which this user's words are archived (for erasure requests). */
    public record Me(String id, String displayName, List<String> roles, List<String> modules, String csrfToken,
            String author) {
    }

    public record TokenRequest(String label) {
    }

    public record Token(String token, String note) {
    }

    public record NewAccount(String id, String displayName, String password, List<String> roles, List<String> modules) {
    }

    private final SecurityService security;
    private final AuthorPseudonyms pseudonyms;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public AuthResource(@Reference SecurityService security, @Reference AuthorPseudonyms pseudonyms) {
        this.security = security;
        this.pseudonyms = pseudonyms;
    }

    private String origin() {
        try {
            return servletRequest == null ? "" : servletRequest.getRemoteAddr();
        } catch (RuntimeException e) {
            return "";
        }
    }

    @POST
    @Path("auth/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Login login, @Context SecurityContext sc) {
        if (login == null || login.username() == null || login.password() == null) {
            throw new BadRequestException("username and password are required");
        }
        String origin = origin();
        SecurityService.LoginResult result = security.login(login.username(), login.password(), origin);
        if (result instanceof SecurityService.Blocked blocked) {
            throw new ClientErrorException(Response.status(429)
                    .header("Retry-After", Math.max(1, blocked.retryAfter().toSeconds())).build());
        }
        if (!(result instanceof SecurityService.SignedIn in)) {
            throw new NotAuthorizedException("The user name or password is wrong", "Bearer");
        }
        return Response.ok(me(SecurityService.user(in.account(), origin, in.session().csrfToken())))
                .cookie(sessionCookie(in.session().id(), sc.isSecure(), (int) security.sessionLength().toSeconds())).build();
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over TLS. */
    public static NewCookie sessionCookie(String value, boolean secure, int maxAge) {
        return new NewCookie.Builder(AuthenticationFilter.SESSION_COOKIE).value(value).path("/").httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    @POST
    @Path("auth/logout")
    public Response logout(@Context HttpHeaders headers, @Context SecurityContext sc) {
        Cookie c = headers.getCookies().get(AuthenticationFilter.SESSION_COOKIE);
        if (c != null) {
            security.accounts().endSession(c.getValue());
        }
        FolkmootUser.of(sc).ifPresent(u -> security.audit().record(u.actor(), "security.logout", u.id(), ""));
        return Response.noContent().cookie(sessionCookie("", sc.isSecure(), 0)).build();
    }

    @GET
    @Path("auth/me")
    public Me whoAmI(@Context SecurityContext sc) {
        return me(FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Not signed in", "Bearer")));
    }

    @POST
    @Path("auth/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"officer", "facilitator", "admin"})
    public Token token(TokenRequest request, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow();
        if (SecurityService.ADMIN_TOKEN_USER.equals(user.id())) {
            throw new BadRequestException("The provisioned admin token cannot create tokens; sign in as an admin account");
        }
        String token = security.accounts().createToken(user.id(), request == null ? "" : request.label());
        security.audit().record(user.actor(), "security.token.created", user.id(), request == null ? "" : request.label());
        return new Token(token, "Shown once: keep it secret. Send it as Authorization: Bearer <token>.");
    }

    @GET
    @Path("accounts")
    @RolesAllowed("admin")
    public List<Me> accounts() {
        return security.accounts().list().stream()
                .map(a -> me(SecurityService.user(a, "", ""))).toList();
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createAccount(NewAccount n, @Context SecurityContext sc) {
        FolkmootUser admin = FolkmootUser.of(sc).orElseThrow();
        if (n == null || n.roles() == null) {
            throw new BadRequestException("id, password and roles are required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : n.roles()) {
            roles.add(Role.fromId(r).orElseThrow(() -> new BadRequestException(
                    "Unknown role '" + r + "': use resident, officer, facilitator or admin")));
        }
        Set<String> modules = n.modules() == null ? Set.of() : Set.copyOf(n.modules());
        Accounts.Account a = Errors.answer(() -> security.accounts().create(n.id(), n.displayName(), n.password(), roles, modules));
        security.audit().record(admin.actor(), "security.account.created", a.id(),
                "roles " + roles.stream().map(Role::id).sorted().collect(Collectors.joining(",")));
        return Response.status(201).entity(me(SecurityService.user(a, "", ""))).build();
    }

    /** Where an account's notifications go; personal data, so only admins set it and it is not listed. */
    public record Contact(String email, String language) {
    }

    @PUT
    @Path("accounts/{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response setContact(@PathParam("id") String id, Contact contact, @Context SecurityContext sc) {
        FolkmootUser admin = FolkmootUser.of(sc).orElseThrow();
        if (contact == null) {
            throw new BadRequestException("Send {\"email\": ..., \"language\": \"en\" or \"cy\"}");
        }
        boolean found = Errors.answer(() -> security.accounts().setContact(id, contact.email(), contact.language()));
        if (!found) {
            throw new NotFoundException("No account " + id);
        }
        security.audit().record(admin.actor(), "security.account.contact", id, "language " + contact.language());
        return Response.noContent().build();
    }

    @GET
    @Path("audit")
    @RolesAllowed("admin")
    public List<AuditRecord> audit(@QueryParam("before") @DefaultValue("9223372036854775807") long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit must be between 1 and 1000");
        }
        return security.audit().latest(before, limit);
    }

    private Me me(FolkmootUser u) {
        return new Me(u.id(), u.displayName(), u.roles().stream().map(Role::id).sorted().toList(),
                u.modules().stream().sorted().toList(), u.csrfToken(), pseudonyms.authorOf(u));
    }
}
