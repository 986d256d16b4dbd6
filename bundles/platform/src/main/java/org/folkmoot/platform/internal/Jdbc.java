package org.folkmoot.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Small helpers around one transaction. */
public final class Jdbc {

    private Jdbc() {
    }

    /** Work inside a transaction on a connection. */
    @FunctionalInterface
    public interface TxWork<T> {
        T run(Connection tx) throws SQLException;
    }

    /** Runs work in its own transaction and commits before returning. */
    public static <T> T inTransaction(DataSource dataSource, TxWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Runs work on a caller's connection, turning SQL errors into unchecked ones. */
    public static <T> T on(Connection tx, TxWork<T> work) {
        try {
            return work.run(tx);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** A database failure; nothing was written by the failing transaction. */
    public static final class StorageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StorageException(SQLException cause) {
            super("Database error: " + cause.getMessage(), cause);
        }
    }
}
