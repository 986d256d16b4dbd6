package org.folkmoot.platform.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.folkmoot.api.storage.StorageException;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.api.storage.TxWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one transaction template of the runtime (see {@link Transactions}). The open transaction
 * of each thread is kept per data source, so nested work joins it whichever instance it came
 * through; the platform's own code uses it through {@code Jdbc.inTransaction}.
 */
@Component(service = Transactions.class)
public class JdbcTransactions implements Transactions {

    /** A thread's open transaction on one data source. */
    private static final class Open {
        final Connection connection;
        boolean rollbackOnly;

        Open(Connection connection) {
            this.connection = connection;
        }
    }

    private static final ThreadLocal<Map<DataSource, Open>> OPEN = ThreadLocal.withInitial(IdentityHashMap::new);

    private final DataSource dataSource;

    @Activate
    public JdbcTransactions(@Reference(target = "(folkmoot.storage=main)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        Open open = OPEN.get().get(dataSource);
        return open == null ? outermost(work) : joined(open, work);
    }

    private <T> T outermost(TxWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            Open open = new Open(c);
            OPEN.get().put(dataSource, open);
            try {
                T result = work.run(c);
                if (open.rollbackOnly) {
                    c.rollback();
                    throw new StorageException("Rolled back: work inside this transaction failed (its exception was caught).");
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                OPEN.get().remove(dataSource);
                restoreQuietly(c, auto);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    private static <T> T joined(Open open, TxWork<T> work) {
        try {
            return work.run(open.connection);
        } catch (SQLException e) {
            open.rollbackOnly = true;
            throw new StorageException(e);
        } catch (RuntimeException | Error e) {
            open.rollbackOnly = true;
            throw e;
        }
    }

    /**
     * A connection the database ended (a restart, a failover) is already closed by the pool: failing
     * to reset it must not hide what happened in the transaction (which says the database went away,
     * answered 503, where "Connection is closed" would be a 500), nor fail a transaction that committed.
     */
    private static void restoreQuietly(Connection c, boolean auto) {
        try {
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            // the pool discards a broken connection; nothing is left to reset
        }
    }

    /** A failed rollback must not hide the failure that caused it. */
    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
