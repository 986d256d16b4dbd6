package org.folkmoot.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.Preprocessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors that reach the servlet container are answered as problems, whichever servlet context
 * raised them, instead of as Jetty's own HTML page; and a request that reaches an endpoint in the
 * moment its module is going or coming back is answered 503 with {@code Retry-After}, not 500.
 *
 * <p>That moment: during a redeploy, or while a service the endpoint needs restarts, the REST
 * whiteboard still routes to the endpoint but DS no longer gives out an instance; Jersey, falling
 * back to building one itself, finds no constructor it can call and throws. The HTTP service
 * catches that, notes it in the request and sends a 500 error. The module is fine a moment later,
 * so the client is told to retry. {@link RestartingEndpointFilter} answers such a request before
 * the HTTP service sees the failure; the 503 here is for any servlet context that filter misses.
 */
@Component(service = Preprocessor.class)
public class RestartingModuleAnswer implements Preprocessor {

    private static final Logger LOG = LoggerFactory.getLogger(RestartingModuleAnswer.class);

    static final String RESTARTING = "The part of Folkmoot that answers this address is restarting (it is being"
            + " redeployed or reconfigured). Try again in a moment.";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (isCommitted()) {
                    super.sendError(status, message);
                } else if (status == 500 && http.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
                        && isEndpointWithoutInstance(thrown)) {
                    LOG.info("{} answered 503: its module is restarting", http.getRequestURI());
                    setHeader("Retry-After", "1");
                    ErrorPageServlet.write(this, Problems.problem(503, RESTARTING, http.getRequestURI()));
                } else {
                    ErrorPageServlet.write(this, ErrorPageServlet.problem(status, http.getRequestURI()));
                }
            }
        });
    }

    /**
     * HK2's failure to build a resource itself, which happens only when DS gave no instance; or a
     * class that the module's old class loader can no longer load because the framework has
     * already replaced its bundle (Felix: "... the bundle wiring for X is no longer valid"), met
     * by a request that was still running in the old module.
     */
    static boolean isEndpointWithoutInstance(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchMethodException && String.valueOf(t.getMessage()).startsWith("Could not find a suitable constructor")) {
                return true;
            }
            if ((t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError || t instanceof IllegalStateException)
                    && String.valueOf(t.getMessage()).contains("is no longer valid")) {
                return true;
            }
        }
        return false;
    }
}
