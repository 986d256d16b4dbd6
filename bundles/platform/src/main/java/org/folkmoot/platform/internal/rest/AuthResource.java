package org.folkmoot.platform.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.audit.AuditRecord;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.RoleDefinition;
import org.folkmoot.api.security.Roles;
import org.folkmoot.platform.internal.security.Accounts;
import org.folkmoot.platform.internal.security.AuthenticationFilter;
import org.folkmoot.platform.internal.security.AuthorPseudonyms;
import org.folkmoot.platform.internal.security.Grants;
import org.folkmoot.platform.internal.security.RoleRegistry;
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
import jakarta.ws.rs.ForbiddenException;
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

    public record RoleGrant(List<String> roles) {
    }

    public record DeclaredRole(String id, String module, Map<String, String> name, Map<String, String> description) {
    }

    private final SecurityService security;
    private final AuthorPseudonyms pseudonyms;
    private final RoleRegistry roles;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public AuthResource(@Reference SecurityService security, @Reference AuthorPseudonyms pseudonyms,
            @Reference RoleRegistry roles) {
        this.security = security;
        this.pseudonyms = pseudonyms;
        this.roles = roles;
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
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Token token(TokenRequest request, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow();
        if (!user.isStaff()) {
            throw new ForbiddenException("API tokens are for the council's staff: an account with a module role, or an admin");
        }
        if (SecurityService.ADMIN_TOKEN_USER.equals(user.id())) {
            throw new BadRequestException("The provisioned admin token cannot create tokens; sign in as an admin account");
        }
        String token = security.accounts().createToken(user.id(), request == null ? "" : request.label());
        security.audit().record(user.actor(), "security.token.created", user.id(), request == null ? "" : request.label());
        return new Token(token, "Shown once: keep it secret. Send it as Authorization: Bearer <token>.");
    }

    @GET
    @Path("accounts")
    @RolesAllowed(Roles.ADMIN)
    public List<Me> accounts() {
        return security.accounts().list().stream()
                .map(a -> me(SecurityService.user(a, "", ""))).toList();
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response createAccount(NewAccount n, @Context SecurityContext sc) {
        FolkmootUser admin = FolkmootUser.of(sc).orElseThrow();
        if (n == null || n.roles() == null) {
            throw new BadRequestException("id, password and roles are required");
        }
        Set<String> granted = grantable(Errors.answer(() -> Grants.fromRequest(n.roles(), n.modules())));
        Accounts.Account a = Errors.answer(() -> security.accounts().create(n.id(), n.displayName(), n.password(), granted));
        security.audit().record(admin.actor(), "security.account.created", a.id(), "roles " + String.join(",", new java.util.TreeSet<>(granted)));
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

    /** The roles an administrator may grant: the platform's own and every running module's. */
    @GET
    @Path("roles")
    @RolesAllowed(Roles.ADMIN)
    public List<DeclaredRole> declaredRoles() {
        List<DeclaredRole> out = new java.util.ArrayList<>();
        out.add(new DeclaredRole(Roles.ADMIN, "", Map.of("en", "Administrator", "cy", "Gweinyddwr"),
                Map.of("en", "Manages accounts, reads the audit log and acts in every module",
                        "cy", "Yn rheoli cyfrifon, yn darllen y log archwilio ac yn gweithredu ym mhob modiwl")));
        out.add(new DeclaredRole(Roles.RESIDENT, "", Map.of("en", "Resident", "cy", "Preswylydd"),
                Map.of("en", "Takes part and may erase what they wrote", "cy", "Yn cymryd rhan a gall ddileu'r hyn a ysgrifennodd")));
        for (RoleDefinition r : roles.all()) {
            out.add(new DeclaredRole(r.id(), r.module(), Map.of("en", r.nameEn(), "cy", r.nameCy()),
                    Map.of("en", r.descriptionEn(), "cy", r.descriptionCy())));
        }
        return out;
    }

    /** Replaces every role of the account. */
    @PUT
    @Path("accounts/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Me setRoles(@PathParam("id") String id, RoleGrant grant, @Context SecurityContext sc) {
        if (grant == null || grant.roles() == null) {
            throw new BadRequestException("roles is required");
        }
        return grant(id, grantable(Set.copyOf(grant.roles())), FolkmootUser.of(sc).orElseThrow());
    }

    /** Replaces the account's roles in one module, leaving its other roles as they are. */
    @PUT
    @Path("accounts/{id}/modules/{module}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Me setModuleRoles(@PathParam("id") String id, @PathParam("module") String module, RoleGrant grant,
            @Context SecurityContext sc) {
        if (grant == null || grant.roles() == null) {
            throw new BadRequestException("roles is required");
        }
        Set<String> inModule = grantable(Errors.answer(() -> Grants.fromRequest(grant.roles(), List.of(module))));
        for (String r : inModule) {
            if (!Roles.moduleOf(r).equals(module)) {
                throw new BadRequestException("Role '" + r + "' is not a role of module " + module);
            }
        }
        Accounts.Account account = security.accounts().find(id).orElseThrow(() -> new NotFoundException("No account named " + id));
        Set<String> all = new java.util.TreeSet<>(account.roles());
        all.removeIf(r -> Roles.moduleOf(r).equals(module));
        all.addAll(inModule);
        return grant(id, all, FolkmootUser.of(sc).orElseThrow());
    }

    private Me grant(String id, Set<String> granted, FolkmootUser admin) {
        if (security.accounts().find(id).isEmpty()) {
            throw new NotFoundException("No account named " + id);
        }
        Accounts.Account a = Errors.answer(() -> security.accounts().setRoles(id, granted));
        security.audit().record(admin.actor(), "security.roles.granted", a.id(), "roles " + String.join(",", new java.util.TreeSet<>(granted)));
        return me(SecurityService.user(a, "", ""));
    }

    private Set<String> grantable(Set<String> granted) {
        roles.refusal(granted).ifPresent(why -> {
            throw new BadRequestException(why);
        });
        return granted;
    }

    @GET
    @Path("audit")
    @RolesAllowed(Roles.ADMIN)
    public List<AuditRecord> audit(@QueryParam("before") @DefaultValue("9223372036854775807") long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit must be between 1 and 1000");
        }
        return security.audit().latest(before, limit);
    }

    /** {@code modules} lists the modules the user acts in, for clients written before roles named their module. */
    private Me me(FolkmootUser u) {
        return new Me(u.id(), u.displayName(), u.roles().stream().sorted().toList(),
                u.roles().stream().map(Roles::moduleOf).filter(m -> !m.isEmpty()).distinct().sorted().toList(), u.csrfToken(),
                pseudonyms.authorOf(u));
    }
}
