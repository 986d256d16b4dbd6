package org.folkmoot.web.internal;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Makes {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on resources take effect,
 * reading the {@link SecurityContext} the platform's authentication filter sets. Unlike Jersey's
 * own feature it tells "who are you?" (401, with a bearer challenge) apart from "not you" (403).
 */
@Component(service = DynamicFeature.class)
@JakartarsExtension
@JakartarsName("folkmoot.roles")
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] roles = rolesFor(resource.getResourceMethod(), resource.getResourceClass());
        if (roles != null) {
            context.register(new RoleCheck(roles));
        }
    }

    /** The roles a method needs: null when anyone may call it. Method annotations win over class ones. */
    static String[] rolesFor(AnnotatedElement method, AnnotatedElement type) {
        for (AnnotatedElement element : new AnnotatedElement[] {method, type}) {
            if (element == null) {
                continue;
            }
            if (element.isAnnotationPresent(DenyAll.class)) {
                return new String[0];
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return null;
            }
            RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
            if (allowed != null) {
                return allowed.value();
            }
        }
        return null;
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final String[] roles;

        RoleCheck(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Sign in, or send an API token as 'Authorization: Bearer <token>'.",
                        "Bearer realm=\"folkmoot\"");
            }
            if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                throw new ForbiddenException("Your account may not do this. It needs one of these roles: "
                        + String.join(", ", roles) + ".");
            }
        }
    }
}
