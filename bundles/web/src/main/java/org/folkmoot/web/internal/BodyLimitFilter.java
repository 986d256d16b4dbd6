package org.folkmoot.web.internal;

import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.folkmoot.api.web.BodyLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Holds every request body to a limit: the endpoint's {@link BodyLimit}, else the configured
 * default. A declared {@code Content-Length} over the limit is refused before anything is read;
 * a chunked body is cut off as soon as it passes the limit.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = BodyLimitFilter.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BodyLimitFilter.Config.class)
@JakartarsExtension
@JakartarsName("folkmoot.body-limit")
@Priority(Priorities.ENTITY_CODER)
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final String PID = "org.folkmoot.web.Limits";

    /** The request property holding the {@link LimitedInputStream} this filter put in the body's place. */
    static final String LIMITED_BODY = "org.folkmoot.web.limited-body";

    @ObjectClassDefinition(name = "Folkmoot request limits")
    public @interface Config {
        @AttributeDefinition(description = "Largest request body, in bytes, for endpoints that do not declare their own limit")
        long maxBodyBytes() default 1L << 20;
    }

    @Context
    private ResourceInfo resourceInfo;

    private volatile long defaultLimit;

    @Activate
    public BodyLimitFilter(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        defaultLimit = config.maxBodyBytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        long limit = limitFor(resourceInfo);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parseLength(declared) > limit) {
            Problem problem = Problems.of(new BodyTooLargeException(limit), "/" + request.getUriInfo().getPath());
            request.abortWith(Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build());
            return;
        }
        LimitedInputStream limited = new LimitedInputStream(request.getEntityStream(), limit);
        request.setProperty(LIMITED_BODY, limited);
        request.setEntityStream(limited);
    }

    long limitFor(ResourceInfo info) {
        Method method = info == null ? null : info.getResourceMethod();
        if (method != null) {
            BodyLimit onMethod = method.getAnnotation(BodyLimit.class);
            if (onMethod != null) {
                return onMethod.bytes();
            }
            BodyLimit onClass = info.getResourceClass().getAnnotation(BodyLimit.class);
            if (onClass != null) {
                return onClass.bytes();
            }
        }
        return defaultLimit;
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
