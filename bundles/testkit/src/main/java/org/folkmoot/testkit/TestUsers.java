package org.folkmoot.testkit;

import java.security.Principal;

import org.folkmoot.api.security.FolkmootUser;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Who calls a page or resource in a unit test: the security context the web layer would hand it
 * ({@code null} user for someone not signed in). Needs the API and JAX-RS on the test class path, as
 * every module's tests have them.
 */
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
                return user != null && user.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return user == null ? null : "Bearer";
            }
        };
    }
}
