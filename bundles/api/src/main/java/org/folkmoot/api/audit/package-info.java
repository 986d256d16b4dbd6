/**
 * The audit log: who did what, when and from where, for every state-changing action.
 *
 * <p>Modules call {@link org.folkmoot.api.audit.AuditLog#record(Actor, String, String, String)} after
 * each change (or the {@link java.sql.Connection} variant inside the change's own transaction, so that
 * the entry commits with it). Actions are dotted names starting with the module id:
 * {@code assets.case.created}, {@code archive.hidden}. Admins read the log at {@code GET /api/audit}.
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
