package org.folkmoot.platform.internal.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Optional;

import org.folkmoot.api.security.FolkmootUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Sets every request's {@link SecurityContext} from a bearer token or a session cookie, and checks
 * the CSRF token of state-changing requests that came with a session cookie (bearer requests cannot
 * be forged by another site, so they need none).
 */
@Component(service = ContainerRequestFilter.class, immediate = true)
@JakartarsExtension
@JakartarsName("folkmoot.authentication")
@JakartarsApplicationSelect("(osgi.jakartars.name=*)")
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    public static final String SESSION_COOKIE = "folkmoot_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    private static final int MAX_FORM = 1 << 20;
    /** How much of a multipart body is read for its first field, the token. */
    private static final int MULTIPART_START = 4096;

    private final SecurityService security;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public AuthenticationFilter(@Reference SecurityService security) {
        this.security = security;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String origin = origin();
        boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<FolkmootUser> user;
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new NotAuthorizedException("Use an Authorization: Bearer API token", "Bearer");
            }
            user = security.forToken(authorization.substring(7).trim(), origin);
            if (user.isEmpty()) {
                throw new NotAuthorizedException("The API token is not valid", "Bearer");
            }
        } else {
            Cookie cookie = request.getCookies().get(SESSION_COOKIE);
            user = cookie == null ? Optional.empty() : security.forSession(cookie.getValue(), origin);
            if (user.isPresent() && unsafe(request.getMethod()) && !request.getUriInfo().getPath().endsWith("login")
                    && !csrfOk(request, user.get().csrfToken())) {
                throw new ForbiddenException("This form has expired or did not come from this site: reload the page and try again");
            }
        }
        FolkmootUser current = user.orElse(null);
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return current;
            }

            @Override
            public boolean isUserInRole(String role) {
                return current != null && current.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return current == null ? null : authorization != null ? "Bearer" : SecurityContext.FORM_AUTH;
            }
        });
    }

    private String origin() {
        try {
            return servletRequest == null ? "" : servletRequest.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return "";
        }
    }

    static boolean unsafe(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    static boolean csrfOk(ContainerRequestContext request, String expected) throws IOException {
        String header = request.getHeaderString(CSRF_HEADER);
        if (header != null) {
            return same(header, expected);
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && request.hasEntity()) {
            byte[] body = request.getEntityStream().readNBytes(MAX_FORM + 1);
            request.setEntityStream(new ByteArrayInputStream(body));
            if (body.length > MAX_FORM) {
                return false;
            }
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && CSRF_FIELD.equals(pair.substring(0, eq))) {
                    return same(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8), expected);
                }
            }
        }
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) && request.hasEntity()) {
            return multipartCsrf(request, type.getParameters().get("boundary"), expected);
        }
        return false;
    }

    /**
     * A file upload's form (multipart, no JavaScript) carries the token as its first field, before the file:
     * only the start of the body is read, and put back in front of the rest for the resource.
     */
    private static boolean multipartCsrf(ContainerRequestContext request, String boundary, String expected) throws IOException {
        if (boundary == null || boundary.isEmpty()) {
            return false;
        }
        java.io.InputStream body = request.getEntityStream();
        byte[] start = body.readNBytes(MULTIPART_START);
        request.setEntityStream(new java.io.SequenceInputStream(new ByteArrayInputStream(start), body));
        String head = new String(start, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        if (!head.startsWith(delimiter + "\r\n")) {
            return false;
        }
        int headersEnd = head.indexOf("\r\n\r\n");
        if (headersEnd < 0) {
            return false;
        }
        String headers = head.substring(delimiter.length() + 2, headersEnd).toLowerCase(java.util.Locale.ROOT);
        if (!headers.contains("name=\"" + CSRF_FIELD + "\"") || headers.contains("filename=")) {
            return false;
        }
        int valueEnd = head.indexOf("\r\n" + delimiter, headersEnd + 4);
        return valueEnd >= 0 && same(head.substring(headersEnd + 4, valueEnd), expected);
    }

    private static boolean same(String a, String b) {
        return !b.isEmpty() && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
