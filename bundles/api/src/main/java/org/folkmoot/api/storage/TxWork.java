package org.folkmoot.api.storage;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work done on the connection of a transaction; see {@link Transactions}.
 *
 * @param <T> what the work returns
 */
@ConsumerType
@FunctionalInterface
public interface TxWork<T> {

    /**
     * Runs on the transaction's connection. Do not commit, roll back or close it, nor change its
     * auto-commit mode: the transaction does that when the outermost work returns or throws.
     */
    T run(Connection tx) throws SQLException;
}
