package org.folkmoot.api.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Role ids and the one rule that says whether granted roles cover a wanted one.
 *
 * <p>A module's role id is {@code <module>.<name>}, such as {@code assets.officer} or
 * {@code assemblies.facilitator}; the platform's own roles have no dot: {@link #ADMIN} and
 * {@link #RESIDENT}. A grant {@code *.<name>} holds {@code <name>} in every module (an officer of
 * all modules). {@link #ADMIN} holds every role: admins may act everywhere.
 */
public final class Roles {

    /** Manages accounts, reads the audit log, acts in every module, erases across modules. */
    public static final String ADMIN = "admin";
    /** Someone who lives or works in the area and takes part. */
    public static final String RESIDENT = "resident";
    /**
     * {@code @RolesAllowed(Roles.ANY_SIGNED_IN)}: anyone signed in, whatever their roles (the
     * Jakarta EE Security meaning of {@code "**"}).
     */
    public static final String ANY_SIGNED_IN = "**";
    /** The module part of a grant held in every module. */
    public static final String ALL_MODULES = "*";

    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private Roles() {
    }

    /** The id of role {@code name} in {@code module}: {@code Roles.of("plans", "editor")} is {@code plans.editor}. */
    public static String of(String module, String name) {
        String id = module + "." + name;
        if (!isModuleRole(id) && !(ALL_MODULES.equals(module) && PART.matcher(name == null ? "" : name).matches())) {
            throw new IllegalArgumentException("'" + id + "' is not a role id: <module>.<name>, lower case letters, digits, '_' or '-'");
        }
        return id;
    }

    /** True for {@code <module>.<name>} with both parts lower case letters, digits, '_' or '-'. */
    public static boolean isModuleRole(String id) {
        int dot = id == null ? -1 : id.indexOf('.');
        return dot > 0 && PART.matcher(id.substring(0, dot)).matches() && PART.matcher(id.substring(dot + 1)).matches();
    }

    /** True for a role that may be granted: a module role, a {@code *.<name>} wildcard, or a platform role. */
    public static boolean isGrantable(String id) {
        return ADMIN.equals(id) || RESIDENT.equals(id) || isModuleRole(id)
                || id != null && id.startsWith(ALL_MODULES + ".") && PART.matcher(id.substring(2)).matches();
    }

    /** The module of a module role ({@code *} for a wildcard grant); empty for the platform's roles. */
    public static String moduleOf(String id) {
        int dot = id == null ? -1 : id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : "";
    }

    /**
     * The one rule: do the granted roles cover the wanted role? Admins hold every role; a module
     * role is held when granted for that module or for all modules; {@link #ANY_SIGNED_IN} is held
     * by anyone. A bare name such as {@code officer} is held by no one but admins: say the module.
     */
    public static boolean covers(Set<String> granted, String wanted) {
        if (wanted == null || granted == null) {
            return false;
        }
        if (ANY_SIGNED_IN.equals(wanted) || granted.contains(ADMIN) || granted.contains(wanted)) {
            return true;
        }
        return isModuleRole(wanted) && granted.contains(ALL_MODULES + wanted.substring(wanted.indexOf('.')));
    }

    /** May someone with these roles act in the module: admin, or any role of that module (or of all modules). */
    public static boolean actsIn(Set<String> granted, String module) {
        if (granted == null || module == null) {
            return false;
        }
        if (granted.contains(ADMIN)) {
            return true;
        }
        return granted.stream().map(Roles::moduleOf).anyMatch(m -> m.equals(module) || m.equals(ALL_MODULES));
    }
}
