package org.folkmoot.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.Preprocessor;

/**
 * Security headers on every answer, pages, API and static files alike (and, through
 * {@link DoorErrors}, on the answers Jetty gives before any servlet runs). Pages use no inline
 * script or style, so the policy can forbid both.
 */
@Component(service = Preprocessor.class)
public class SecurityHeaders implements Preprocessor {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        HEADERS.put("X-Content-Type-Options", "nosniff");
        HEADERS.put("X-Frame-Options", "DENY");
        HEADERS.put("Referrer-Policy", "same-origin");
        HEADERS.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        HEADERS.put("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** Sets every security header; HSTS only on an answer that went out over TLS (directly or via a trusted proxy). */
    static void apply(BiConsumer<String, String> set, boolean secure) {
        HEADERS.forEach(set);
        if (secure) {
            set.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        apply(http::setHeader, request.isSecure());
        chain.doFilter(request, response);
    }
}
