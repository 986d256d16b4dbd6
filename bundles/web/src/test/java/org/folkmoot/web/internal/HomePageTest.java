package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.junit.jupiter.api.Test;

/** The home page leads an administrator, and only an administrator, to the administrator's pages. */
class HomePageTest {

    @Test
    void anAdministratorIsLinkedToModulesAndAccountsInEnglishAndWelsh() {
        SecurityContext admin = as(new FolkmootUser("admin", "Admin", Set.of("admin"), "test", null));
        String english = RendererFixture.render(new HomeResource().home(admin), "en");
        assertTrue(english.contains("href=\"/admin/modules\">Modules: turn them on and off"), english);
        assertTrue(english.contains("href=\"/accounts\">Accounts and roles</a>"), english);
        String welsh = RendererFixture.render(new HomeResource().home(admin), "cy");
        assertTrue(welsh.contains("href=\"/admin/modules?lang=cy\">Modiwlau:"), welsh);
        assertTrue(welsh.contains("href=\"/accounts?lang=cy\">Cyfrifon a rolau</a>"), welsh);
    }

    @Test
    void aResidentOrAnOfficerIsNot() {
        SecurityContext officer = as(new FolkmootUser("officer", "Officer", Set.of("assets.officer"), "test", null));
        for (SecurityContext who : new SecurityContext[] {null, as(null), officer}) {
            String page = RendererFixture.render(new HomeResource().home(who), "en");
            assertFalse(page.contains("/admin/modules") || page.contains("/accounts"), page);
        }
    }

    private static SecurityContext as(FolkmootUser user) {
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
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return user == null ? null : "Bearer";
            }
        };
    }
}
