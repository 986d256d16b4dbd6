package org.folkmoot.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The roles a module declares, registered as a service by the module bundle itself. The platform
 * collects them: an administrator grants them per account (the accounts API and page), and
 * {@code @RolesAllowed("<module>.<name>")} checks them. When the module goes, its roles are no
 * longer offered, but grants already made stay, so putting the module back restores them.
 */
@ConsumerType
public interface ModuleRoles {

    /** The module's id, as in its {@code Folkmoot-Module} header; every role id starts with it and a dot. */
    String module();

    /** The roles, in the order the accounts page lists them. */
    List<RoleDefinition> roles();
}
