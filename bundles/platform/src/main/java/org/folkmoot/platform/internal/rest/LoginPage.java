package org.folkmoot.platform.internal.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.platform.internal.security.AuthenticationFilter;
import org.folkmoot.platform.internal.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The sign-in page for officers, facilitators and admins, in English and Welsh; works without JavaScript. */
@Component(service = LoginPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.platform.login")
@Path("/")
public class LoginPage {

    private final SecurityService security;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public LoginPage(@Reference SecurityService security) {
        this.security = security;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("next") String next, @Context SecurityContext sc) {
        String token = newLoginToken();
        return Response.ok(page("", "", safeNext(next), FolkmootUser.of(sc), token), MediaType.TEXT_HTML_TYPE)
                .cookie(loginCookie(token, sc.isSecure())).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @FormParam(AuthenticationFilter.CSRF_FIELD) String csrf, @Context SecurityContext sc,
            @Context HttpHeaders headers) {
        Cookie expected = headers.getCookies().get(LOGIN_COOKIE);
        if (expected == null || csrf == null || !MessageDigest.isEqual(expected.getValue().getBytes(StandardCharsets.UTF_8),
                csrf.getBytes(StandardCharsets.UTF_8))) {
            // Login CSRF: another site must not sign a resident into an account of its choosing.
            String token = newLoginToken();
            return Response.status(403).type(MediaType.TEXT_HTML_TYPE).cookie(loginCookie(token, sc.isSecure()))
                    .entity(page("login.error.expired", username == null ? "" : username, safeNext(next), Optional.empty(),
                            token).withStatus(403)).build();
        }
        String origin = servletRequest == null ? "" : servletRequest.getRemoteAddr();
        SecurityService.LoginResult result = security.login(username, password, origin);
        String target = safeNext(next);
        if (result instanceof SecurityService.SignedIn in) {
            return Response.seeOther(URI.create(target))
                    .cookie(AuthResource.sessionCookie(in.session().id(), sc.isSecure(), (int) security.sessionLength().toSeconds()))
                    .build();
        }
        boolean blocked = result instanceof SecurityService.Blocked;
        Page page = page(blocked ? "login.error.blocked" : "login.error.wrong", username == null ? "" : username, target,
                Optional.empty(), csrf).withStatus(blocked ? 429 : 401);
        Response.ResponseBuilder answer = Response.status(page.status()).entity(page).type(MediaType.TEXT_HTML_TYPE);
        if (result instanceof SecurityService.Blocked b) {
            answer.header("Retry-After", Math.max(1, b.retryAfter().toSeconds()));
        }
        return answer.build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@Context HttpHeaders headers, @Context SecurityContext sc) {
        Cookie c = headers.getCookies().get(AuthenticationFilter.SESSION_COOKIE);
        if (c != null) {
            security.accounts().endSession(c.getValue());
        }
        FolkmootUser.of(sc).ifPresent(u -> security.audit().record(u.actor(), "security.logout", u.id(), ""));
        return Response.seeOther(URI.create("/")).cookie(AuthResource.sessionCookie("", sc.isSecure(), 0)).build();
    }

    /** The cookie half of the sign-in form's double-submitted token (there is no session yet to hold it). */
    static final String LOGIN_COOKIE = "folkmoot_login";

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String newLoginToken() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static NewCookie loginCookie(String token, boolean secure) {
        return new NewCookie.Builder(LOGIN_COOKIE).value(token).path("/login").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(3600).build();
    }

    /** The sign-in form; a refusal is shown beside the username, where a person starts again. */
    private static Page page(String error, String username, String next, Optional<FolkmootUser> user, String loginCsrf) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put(Page.ERRORS, error.isEmpty() ? Map.of() : Map.of("username", error));
        model.put("username", username);
        model.put("next", next);
        model.put("signedIn", user.isPresent());
        model.put("displayName", user.map(FolkmootUser::displayName).orElse(""));
        model.put("csrf", user.map(FolkmootUser::csrfToken).orElse(""));
        model.put("loginCsrf", loginCsrf);
        return Page.of(LoginPage.class, "login.ftlh", model);
    }

    /** Only a path on this site: never an absolute URL another site could use to bounce people. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.length() > 500
                || next.chars().anyMatch(ch -> ch < 0x20)) {
            return "/";
        }
        return next;
    }
}
