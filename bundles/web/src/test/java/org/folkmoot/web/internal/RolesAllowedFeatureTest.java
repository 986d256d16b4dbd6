package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

class RolesAllowedFeatureTest {

    @RolesAllowed("officer")
    static class Officers {
        public void list() {
        }

        @PermitAll
        public void open() {
        }

        @RolesAllowed("admin")
        public void admin() {
        }

        @DenyAll
        public void never() {
        }
    }

    static class Open {
        public void any() {
        }
    }

    private static String[] roles(Class<?> type, String method) throws NoSuchMethodException {
        return RolesAllowedFeature.rolesFor(type.getMethod(method), type);
    }

    @Test
    void methodAnnotationsWinOverTheClass() throws Exception {
        assertArrayEquals(new String[] {"officer"}, roles(Officers.class, "list"));
        assertArrayEquals(new String[] {"admin"}, roles(Officers.class, "admin"));
        assertNull(roles(Officers.class, "open"));
        assertArrayEquals(new String[0], roles(Officers.class, "never"));
        assertNull(roles(Open.class, "any"));
    }
}
