package org.folkmoot.api.storage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Transactions on the platform's database, so that no module writes its own
 * commit-or-roll-back template.
 *
 * <pre>
 * int created = transactions.inTransaction(tx -&gt; {
 *     try (PreparedStatement ps = tx.prepareStatement("INSERT INTO ...")) { ... }
 *     archive.append(tx, contribution);          // other services join through the connection
 *     notifications.send(tx, reminder);          // an outbox row, sent only if this commits
 *     return 1;
 * });
 * </pre>
 *
 * <p>The work gets one connection with auto-commit off. When it returns, the transaction
 * commits; when it throws (an {@link java.sql.SQLException} or any unchecked exception) the
 * transaction rolls back and the exception reaches the caller, an {@code SQLException} wrapped in
 * a {@link StorageException}, anything unchecked as it was.
 *
 * <p><b>Nesting.</b> Work that calls {@code inTransaction} again on the same thread, while an outer
 * transaction is open, joins it: it gets the same connection and neither commits nor rolls back.
 * If nested work throws, the outer transaction is marked for rollback: it rolls back even if the
 * outer work catches the exception, and ends with a {@link StorageException} saying so.
 */
@ProviderType
public interface Transactions {

    /** Runs the work in a transaction (or the current thread's open one) and returns its result. */
    <T> T inTransaction(TxWork<T> work);

    /** Runs the work for its effect only. */
    default void run(TxWork<?> work) {
        inTransaction(work);
    }
}
