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

    /** The database's own exception, or null when the failure was not the database's. */
    public SQLException sqlException() {
        return getCause() instanceof SQLException e ? e : null;
    }
}
