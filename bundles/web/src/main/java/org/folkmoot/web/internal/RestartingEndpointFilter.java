package org.folkmoot.web.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request that reaches an endpoint in the moment its module is going or coming back (see
 * {@link RestartingModuleAnswer}) is answered 503 with {@code Retry-After} here, inside the HTTP
 * service's filter chain, so the failure never reaches the HTTP service: that logged each one as an
 * ERROR with a 60-line stack trace although nothing is wrong. It is worth one INFO line.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterAsyncSupported
public class RestartingEndpointFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RestartingEndpointFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            HttpServletResponse http = (HttpServletResponse) response;
            if (http.isCommitted() || !RestartingModuleAnswer.isEndpointWithoutInstance(failed)) {
                throw failed;
            }
            String path = ((HttpServletRequest) request).getRequestURI();
            LOG.info("{} answered 503: its module is restarting", path);
            http.setHeader("Retry-After", "1");
            ErrorPageServlet.write(http, Problems.problem(503, RestartingModuleAnswer.RESTARTING, path));
        }
    }
}
