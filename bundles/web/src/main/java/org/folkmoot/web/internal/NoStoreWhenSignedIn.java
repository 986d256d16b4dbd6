package org.folkmoot.web.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * {@code Cache-Control: no-store} on every answer to a signed-in request, and on every answer that
 * sets a cookie (signing in and out): what an officer or a resident sees once signed in must not be
 * kept by a shared computer's browser or by a proxy, whatever the endpoint thought of caching.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("folkmoot.no-store")
public class NoStoreWhenSignedIn implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean signedIn = request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null;
        if (signedIn || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
