package org.folkmoot.api.storage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once a module's migrations have all been applied; see the package documentation.
 */
@ProviderType
public interface ModuleSchema {

    /** The manifest header naming a bundle's migrations folder. */
    String MIGRATIONS_HEADER = "Folkmoot-Migrations";

    /** The service property carrying the module id. */
    String MODULE_PROPERTY = "folkmoot.module";

    /** The module id. */
    String module();

    /** The version of the latest applied migration, or {@code 0} when the module has none. */
    String version();

    /** The database in use: {@code h2} or {@code postgresql}. */
    String database();
}
