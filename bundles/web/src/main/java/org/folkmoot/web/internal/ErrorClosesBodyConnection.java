package org.folkmoot.web.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * An error answered to a request that carried a body closes the connection. A refusal (413, 415,
 * 401, a 400 from a filter) may come before the body was read; the unread rest cannot carry the
 * next request, and Jetty would otherwise drop the connection after the client had been told it
 * could reuse it, failing that client's next request.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("folkmoot.error-closes-body-connection")
public class ErrorClosesBodyConnection implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && carriesBody(request)) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }
}
