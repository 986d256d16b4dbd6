package org.folkmoot.platform.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** Which database a DataSource talks to. */
public final class Databases {

    private Databases() {
    }

    /** {@code h2} or {@code postgresql}. */
    public static String name(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("h2") ? "h2" : "postgresql";
        }
    }
}
