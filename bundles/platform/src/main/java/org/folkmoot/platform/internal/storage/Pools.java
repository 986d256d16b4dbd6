package org.folkmoot.platform.internal.storage;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Builds the connection pool. The drivers' own DataSource classes are used directly, never
 * DriverManager, which cannot see a driver in another bundle.
 */
public final class Pools {

    private Pools() {
    }

    public static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("folkmoot");
        config.setDataSource(driverDataSource(settings));
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(10_000);
        // Start even when the database is not reachable yet: /health says so, and the pool retries.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    static DataSource driverDataSource(DatabaseSettings settings) {
        if ("h2".equals(settings.database())) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(settings.url());
        if (!settings.user().isEmpty()) {
            pg.setUser(settings.user());
        }
        if (!settings.password().isEmpty()) {
            pg.setPassword(settings.password());
        }
        return pg;
    }
}
