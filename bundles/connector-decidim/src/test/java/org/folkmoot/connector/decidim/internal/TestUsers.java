package org.folkmoot.connector.decidim.internal;

import java.security.Principal;

import org.folkmoot.api.security.FolkmootUser;

import jakarta.ws.rs.core.SecurityContext;

/** Who calls a page or resource in unit tests: the security context the web layer would hand it. */
public final class TestUsers {

    private TestUsers() {
    }

    public static SecurityContext as(FolkmootUser user) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return user;
            }

            @Override
            public boolean isUserInRole(String role) {
                return user.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }
}
