package org.folkmoot.web.internal;

import java.sql.SQLException;

import org.folkmoot.api.storage.StorageException;

/**
 * A request that failed because the database could not be reached (restarting, failing over,
 * refusing connections; the rule is {@link StorageException#databaseUnreachable(Throwable)}), as
 * opposed to a fault of ours: it is answered 503 with {@code Retry-After}, nothing was written, and
 * the client (or the load balancer) may try again.
 */
final class DatabaseUnavailable {

    static final String DETAIL = "The database is not reachable just now, so nothing was saved. Try again in a few seconds.";
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable thrown) {
        return StorageException.databaseUnreachable(thrown);
    }

    static String describe(Throwable thrown) {
        SQLException e = StorageException.unreachableCause(thrown);
        return e == null ? "" : e.getSQLState() + " " + e.getMessage();
    }
}
