package org.folkmoot.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.folkmoot.api.storage.StorageException;
import org.folkmoot.api.storage.TxWork;
import org.folkmoot.platform.internal.storage.JdbcTransactions;

/** The platform's own short-hands over {@link JdbcTransactions}, for code that holds a data source. */
public final class Jdbc {

    private Jdbc() {
    }

    /** Runs work in a transaction (joining the thread's open one) and commits before returning. */
    public static <T> T inTransaction(DataSource dataSource, TxWork<T> work) {
        return new JdbcTransactions(dataSource).inTransaction(work);
    }

    /** Runs work on a caller's connection, turning SQL errors into unchecked ones. */
    public static <T> T on(Connection tx, TxWork<T> work) {
        try {
            return work.run(tx);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
