/**
 * Storage: one database for every module, and each module's own migrations.
 *
 * <p>The platform registers a pooled {@code javax.sql.DataSource} service (embedded H2 by default,
 * PostgreSQL by configuration). Modules use it directly with plain JDBC; write SQL that runs on
 * both PostgreSQL and H2 (H2 runs in its PostgreSQL compatibility mode).
 *
 * <p>A module bundle that owns tables carries the manifest header
 * {@code Folkmoot-Migrations: db/migration} naming a folder of Flyway-style SQL scripts inside the
 * bundle ({@code V1__create_cases.sql}, {@code V2__add_deadline.sql}). Scripts in the sub-folder
 * {@code h2} or {@code postgresql} of that folder apply only on that database. When the bundle starts,
 * the platform applies its pending scripts, records them in the module's own history table
 * ({@code schema_history_<module>}) and then registers a {@link org.folkmoot.api.storage.ModuleSchema}
 * service with the property {@code folkmoot.module=<module id>}. Components that use the module's
 * tables reference that service with a target filter, so they start only once the tables exist:
 *
 * <pre>
 * &#64;Reference(target = "(folkmoot.module=assets)") ModuleSchema schema
 * </pre>
 *
 * <p>If a script fails, no {@code ModuleSchema} is registered, the module stays inactive and
 * {@code GET /health} reports the failing script and the database's message; other modules are
 * unaffected. The module id is the bundle's {@code Folkmoot-Module} header, or the {@code module}
 * attribute of the migrations header ({@code Folkmoot-Migrations: db/migration;module=assets}).
 *
 * <p>Transactions: the {@link org.folkmoot.api.storage.Transactions} service runs work on one
 * connection and commits it, or rolls it back when the work throws; nested work joins the open
 * transaction. Services that write in the caller's transaction (the archive's {@code append}, a
 * notification, a scheduled job) take that connection as their first parameter.
 */
@Export
@Version("1.2.0")
package org.folkmoot.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
