package org.folkmoot.web.internal;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a request that failed because the database could not be reached (restarting, failing
 * over, refusing connections), as opposed to a fault of ours: such a request is answered 503 with
 * {@code Retry-After}, nothing was written, and the client (or the load balancer) may try again.
 * PostgreSQL's SQLSTATE class 08 is a connection failure and 57P01 to 57P03 an administrator's
 * shutdown, a crash or "cannot connect now"; the pool reports a connection it could not get in time
 * as a {@link SQLTransientConnectionException}.
 */
final class DatabaseUnavailable {

    static final String DETAIL = "The database is not reachable just now, so nothing was saved. Try again in a few seconds.";
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable thrown) {
        return connectionFailure(thrown) != null;
    }

    static String describe(Throwable thrown) {
        SQLException e = connectionFailure(thrown);
        return e == null ? "" : e.getSQLState() + " " + e.getMessage();
    }

    private static SQLException connectionFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException sql) {
                return sql;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return sql;
            }
        }
        return null;
    }
}
