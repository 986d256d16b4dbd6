package org.folkmoot.web.internal;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Reads and throws away what is left of a refused request's body before the refusal is sent,
 * as Tomcat does with its {@code maxSwallowSize}. A refusal (413, 415, 401, a 400 for bad JSON)
 * usually comes before the body was read. Answering then and closing the connection while the
 * client is still sending makes its socket fail (a broken pipe or a reset) before it has read
 * the answer, and leaving the rest unread would make Jetty drop a connection the client was told
 * it could reuse. Up to {@link #SWALLOW_BYTES} is read; a longer body gets {@code Connection: close}.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("folkmoot.refused-body-drain")
public class RefusedBodyDrain implements ContainerResponseFilter {

    /** The most of a refused body read so that the client can read the refusal. */
    static final long SWALLOW_BYTES = 4L << 20;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && carriesBody(request) && !drained(request)) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    static boolean carriesBody(ContainerRequestContext request) {
        return request.getHeaderString("Transfer-Encoding") != null || declaredLength(request) > 0;
    }

    /** True if the body was read to its end within {@link #SWALLOW_BYTES}. */
    private static boolean drained(ContainerRequestContext request) {
        if (declaredLength(request) > SWALLOW_BYTES) {
            return false;
        }
        InputStream body;
        if (request.getProperty(BodyLimitFilter.LIMITED_BODY) instanceof LimitedInputStream limited) {
            body = limited.unlimited();
        } else {
            try {
                body = request.getEntityStream(); // refused before any filter wrapped it (a 415, say)
            } catch (IllegalStateException closed) {
                return false;
            }
        }
        return body == null || discard(body, SWALLOW_BYTES);
    }

    static boolean discard(InputStream body, long most) {
        byte[] buffer = new byte[16 * 1024];
        long left = most;
        try {
            while (left >= 0) {
                int n = body.read(buffer, 0, (int) Math.min(buffer.length, left + 1));
                if (n < 0) {
                    return true;
                }
                left -= n;
            }
            return false;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private static long declaredLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
