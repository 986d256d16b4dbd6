package org.folkmoot.platform.internal.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.folkmoot.api.security.Roles;

/**
 * The roles an account request asks for. Requests written before modules declared roles say
 * {@code "roles":["officer"],"modules":["plans","assets"]}: a bare role name then means that role
 * in each module listed ({@code plans.officer}, {@code assets.officer}), as the V4 migration turned
 * stored accounts, so that existing scripts keep working.
 */
public final class Grants {

    private Grants() {
    }

    public static Set<String> fromRequest(Collection<String> roles, Collection<String> modules) {
        Set<String> out = new TreeSet<>();
        for (String raw : roles) {
            String role = raw == null ? "" : raw.trim();
            if (Roles.ADMIN.equals(role) || Roles.RESIDENT.equals(role) || role.contains(".")) {
                out.add(role);
            } else if (modules == null || modules.isEmpty()) {
                throw new IllegalArgumentException("Role '" + role + "' needs a module: say <module>." + role
                        + ", such as assets." + role);
            } else {
                for (String module : modules) {
                    out.add(Roles.of(module == null ? "" : module.trim(), role));
                }
            }
        }
        return out;
    }
}
