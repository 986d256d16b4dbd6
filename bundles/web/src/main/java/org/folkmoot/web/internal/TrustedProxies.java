package org.folkmoot.web.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.Preprocessor;

/**
 * Behind a TLS-terminating proxy: a request that comes from one of the {@code trustedProxies} and
 * says it arrived over HTTPS ({@code X-Forwarded-Proto: https}, or {@code proto=https} in
 * {@code Forwarded}) is treated as secure, so the session cookie is {@code Secure} and HSTS is sent;
 * its client address is the last one in {@code X-Forwarded-For} (or {@code for=} in {@code Forwarded})
 * that is not itself a trusted proxy, so sign-in lock-outs count the resident's address, not the
 * proxy's. From any other address these headers are ignored: anyone can send them.
 */
@Component(service = Preprocessor.class, configurationPid = TrustedProxies.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = "service.ranking:Integer=100")
@Designate(ocd = TrustedProxies.Config.class)
public class TrustedProxies implements Preprocessor {

    public static final String PID = "org.folkmoot.web.Proxies";

    @ObjectClassDefinition(name = "Folkmoot trusted proxies")
    public @interface Config {
        @AttributeDefinition(description = "Addresses of the reverse proxies (TLS terminators, load balancers) whose "
                + "X-Forwarded-Proto, X-Forwarded-For and Forwarded headers are believed, e.g. 127.0.0.1,10.0.0.5")
        String[] trustedProxies() default {};
    }

    private volatile Set<String> trusted;

    @Activate
    public TrustedProxies(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        trusted = Arrays.stream(config.trustedProxies()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Set<String> proxies = trusted;
        if (proxies.isEmpty() || !proxies.contains(http.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        boolean https = "https".equalsIgnoreCase(forwarded(http, "proto", "X-Forwarded-Proto"));
        String client = client(http, proxies);
        chain.doFilter(new Forwarded(http, https, client), response);
    }

    /** A parameter of the standard Forwarded header (first element), else the X-Forwarded one. */
    private static String forwarded(HttpServletRequest http, String parameter, String xHeader) {
        String standard = http.getHeader("Forwarded");
        if (standard != null) {
            for (String pair : standard.split(",")[0].split(";")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase(parameter)) {
                    return kv[1].strip().replace("\"", "");
                }
            }
        }
        String x = http.getHeader(xHeader);
        return x == null ? null : x.split(",")[0].strip();
    }

    /** The nearest address in the forwarding chain that is not one of our proxies. */
    private static String client(HttpServletRequest http, Set<String> proxies) {
        String chain = http.getHeader("X-Forwarded-For");
        if (chain == null && http.getHeader("Forwarded") != null) {
            chain = Arrays.stream(http.getHeader("Forwarded").split(","))
                    .flatMap(element -> Arrays.stream(element.split(";")))
                    .map(String::strip).filter(p -> p.toLowerCase(Locale.ROOT).startsWith("for="))
                    .map(p -> p.substring(4).replace("\"", "")).collect(Collectors.joining(","));
        }
        if (chain == null || chain.isBlank()) {
            return http.getRemoteAddr();
        }
        List<String> hops = Arrays.stream(chain.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? http.getRemoteAddr() : hops.get(0);
    }

    /** The request as the resident sent it to the proxy. */
    private static final class Forwarded extends HttpServletRequestWrapper {
        private final boolean https;
        private final String client;

        Forwarded(HttpServletRequest request, boolean https, String client) {
            super(request);
            this.https = https;
            this.client = client;
        }

        @Override
        public boolean isSecure() {
            return https || super.isSecure();
        }

        @Override
        public String getScheme() {
            return https ? "https" : super.getScheme();
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            if (https && url.indexOf("http://") == 0) {
                url.replace(0, 4, "https");
            }
            return url;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
