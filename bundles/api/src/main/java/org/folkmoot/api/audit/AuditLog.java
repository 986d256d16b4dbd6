package org.folkmoot.api.audit;

import java.sql.Connection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Appends to and reads the audit log. */
@ProviderType
public interface AuditLog {

    /** Records an action in its own transaction; durable on return. */
    void record(Actor actor, String action, String target, String detail);

    /** Records an action inside the caller's transaction (a connection from the platform's DataSource). */
    void record(Connection tx, Actor actor, String action, String target, String detail);

    /** The latest entries, newest first, with ids below {@code beforeId} (use {@link Long#MAX_VALUE} for the newest). */
    List<AuditRecord> latest(long beforeId, int limit);
}
