package org.folkmoot.platform.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.folkmoot.api.storage.StorageException;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.platform.internal.TestDb;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcTransactionsTest {

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void commitsWhatTheWorkWroteAndRollsBackWhenItThrows(String kind) throws Exception {
        try (TestDb db = table(kind)) {
            Transactions tx = new JdbcTransactions(db.ds());
            int inserted = tx.inTransaction(c -> insert(c, "kept"));
            assertEquals(1, inserted);
            assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
                insert(c, "lost");
                throw new IllegalStateException("the officer's change was refused");
            }));
            StorageException e = assertThrows(StorageException.class, () -> tx.run(c -> {
                insert(c, "lost too");
                return insert(c, "kept"); // primary key violation
            }));
            assertTrue(e.sqlException() != null);
            assertEquals("kept", names(db));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void nestedWorkJoinsTheOpenTransactionAndItsFailureRollsTheWholeBack(String kind) throws Exception {
        try (TestDb db = table(kind)) {
            Transactions outer = new JdbcTransactions(db.ds());
            Transactions other = new JdbcTransactions(db.ds()); // another bundle's instance of the service
            outer.run(c -> {
                insert(c, "a");
                other.run(inner -> {
                    assertSame(c, inner);
                    return insert(inner, "b");
                });
                return null;
            });
            assertEquals("a,b", names(db));

            StorageException e = assertThrows(StorageException.class, () -> outer.run(c -> {
                insert(c, "c");
                try {
                    other.run(inner -> {
                        insert(inner, "d");
                        throw new IllegalArgumentException("inner refused");
                    });
                } catch (IllegalArgumentException swallowed) {
                    // the outer work carries on, but the transaction must not commit half of it
                }
                return insert(c, "e");
            }));
            assertTrue(e.getMessage().contains("Rolled back"), e.getMessage());
            assertEquals("a,b", names(db));
            // the thread is free again: a new transaction opens its own connection
            outer.run(c -> insert(c, "f"));
            assertEquals("a,b,f", names(db));
        }
    }

    private TestDb table(String kind) throws Exception {
        TestDb db = TestDb.open(kind, tmp);
        try (Connection c = db.ds().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE tx_test (name VARCHAR(20) PRIMARY KEY)");
        }
        return db;
    }

    private static int insert(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tx_test (name) VALUES (?)")) {
            ps.setString(1, name);
            return ps.executeUpdate();
        }
    }

    private static String names(TestDb db) throws SQLException {
        try (Connection c = db.ds().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM tx_test ORDER BY name")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(out.length() == 0 ? "" : ",").append(rs.getString(1));
            }
            return out.toString();
        }
    }
}
