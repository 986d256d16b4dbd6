package org.folkmoot.platform.internal.storage;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.folkmoot.api.health.Health;
import org.folkmoot.api.health.HealthIndicator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The one pooled {@link DataSource} of the runtime. Embedded H2 under {@code folkmoot.data} unless
 * a URL is configured (PID {@code org.folkmoot.platform.Storage}) or given in {@code FOLKMOOT_DB_URL}.
 */
@Component(service = {DataSource.class, HealthIndicator.class}, immediate = true,
        configurationPid = StorageComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {"folkmoot.storage=main"})
@Designate(ocd = StorageComponent.Config.class)
public class StorageComponent implements DataSource, HealthIndicator {

    public static final String PID = "org.folkmoot.platform.Storage";

    @ObjectClassDefinition(name = "Folkmoot storage", description = "The database every module uses")
    public @interface Config {
        @AttributeDefinition(description = "JDBC URL (jdbc:postgresql://host:5432/db); empty for embedded H2 under the data directory")
        String url() default "";

        String user() default "";

        @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(description = "Largest number of open connections")
        int poolSize() default 10;
    }

    private final HikariDataSource pool;
    private final DatabaseSettings settings;
    /** Checked in the background so that /health never waits for a connection timeout. */
    private final java.util.concurrent.ScheduledExecutorService checker;
    private volatile Health last = Health.down("Checking the database...");

    @Activate
    public StorageComponent(BundleContext context, Config config) {
        String data = context.getProperty("folkmoot.data");
        Path dataDir = data == null || data.isBlank() ? context.getDataFile("").toPath() : Path.of(data);
        this.settings = DatabaseSettings.resolve(config.url(), config.user(), config.password(), config.poolSize(),
                System.getenv(), dataDir);
        this.pool = Pools.open(settings);
        LoggerFactory.getLogger(StorageComponent.class).info("Storage: {} database at {}", settings.database(),
                settings.safeUrl());
        this.checker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "folkmoot-storage-health");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(() -> last = check(), 0, 5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Deactivate
    void close() {
        checker.shutdown();
        try {
            checker.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.close();
    }

    public String database() {
        return settings.database();
    }

    @Override
    public String component() {
        return "storage";
    }

    @Override
    public Health health() {
        return last;
    }

    private Health check() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2) ? Health.up()
                    : Health.down("The database at " + settings.safeUrl() + " does not answer");
        } catch (SQLException | RuntimeException e) {
            return Health.down("Cannot reach the database at " + settings.safeUrl() + ": " + e.getMessage());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool logs in with the configured user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
