package org.folkmoot.api.storage;

import java.sql.SQLException;

/**
 * A database failure inside {@link Transactions#inTransaction(TxWork)}; the transaction was
 * rolled back, so nothing it wrote was kept.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(SQLException cause) {
        super("Database error: " + cause.getMessage(), cause);
    }

    public StorageException(String message) {
        super(message);
    }

    /**
     * Whether the database could not be reached at all (restarting, failing over, refusing
     * connections), as opposed to refusing what was asked of it: nothing was written, and the same
     * request may succeed in a few seconds. PostgreSQL's SQLSTATE class 08 is a connection failure
     * and 57P01 to 57P03 an administrator's shutdown, a crash or "cannot connect now"; a pool that
     * could not get a connection in time says {@link java.sql.SQLTransientConnectionException}.
     */
    public static boolean databaseUnreachable(Throwable thrown) {
        return unreachableCause(thrown) != null;
    }

    /** The exception that says the database could not be reached, or null (see {@link #databaseUnreachable(Throwable)}). */
    public static SQLException unreachableCause(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof java.sql.SQLTransientConnectionException sql) {
                return sql;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return sql;
            }
        }
        return null;
    }

    /** The database's own exception, or null when the failure was not the database's. */
    public SQLException sqlException() {
        return getCause() instanceof SQLException e ? e : null;
    }
}
