package org.folkmoot.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own in the PostgreSQL that {@code .ci/run} starts (FOLKMOOT_TEST_PG_URL,
 * FOLKMOOT_TEST_PG_USER, FOLKMOOT_TEST_PG_PASSWORD), dropped on close. Without those variables the
 * test is skipped, except under {@code CI=true}, where their absence is a failure. Needs the
 * PostgreSQL driver on the test class path (the kit declares it optional).
 */
public final class PostgresSchema implements AutoCloseable {
    public static final String URL = "FOLKMOOT_TEST_PG_URL";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    private final PGSimpleDataSource admin;
    private final PGSimpleDataSource dataSource;
    private final String name;

    private PostgresSchema(String url, String name) {
        this.admin = source(url);
        this.dataSource = source(url);
        this.name = name;
        dataSource.setCurrentSchema(name);
    }

    /** A new schema named after {@code prefix} (letters and underscores), or the test skipped as above. */
    public static PostgresSchema create(String prefix) throws SQLException {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(URL + " is not set: CI must provide a PostgreSQL (see .ci/run)");
            }
            Assumptions.assumeTrue(false, "PostgreSQL tests skipped: run .ci/run, or set " + URL
                    + " (jdbc:postgresql://localhost:5432/folkmoot_test), FOLKMOOT_TEST_PG_USER and FOLKMOOT_TEST_PG_PASSWORD");
        }
        PostgresSchema schema = new PostgresSchema(url, prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        schema.execute("CREATE SCHEMA " + schema.name, schema.admin);
        return schema;
    }

    /** Connections whose current schema is this one. */
    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return name;
    }

    /**
     * Applies a module's migrations as the runtime would: every {@code db/migration/V<n>__*.sql} beside
     * {@code anchor}'s classes, in version order.
     */
    public PostgresSchema migrate(Class<?> anchor) throws SQLException {
        for (Path script : migrations(anchor)) {
            try {
                run(Files.readString(script, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Runs one class path resource's SQL statements (split at semicolons, line comments removed). */
    public PostgresSchema runResource(Class<?> anchor, String resource) throws SQLException {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource + " beside " + anchor.getName());
            }
            return run(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PostgresSchema run(String script) throws SQLException {
        List<String> statements = Arrays.stream(script.replaceAll("(?m)--.*$", "").split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return this;
    }

    private static List<Path> migrations(Class<?> anchor) {
        URL dir = anchor.getResource("/db/migration");
        if (dir == null || !"file".equals(dir.getProtocol())) {
            throw new IllegalArgumentException("No db/migration directory beside " + anchor.getName() + " (" + dir + ")");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(f -> MIGRATION.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(PostgresSchema::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static int version(Path script) {
        Matcher m = MIGRATION.matcher(script.getFileName().toString());
        m.matches();
        return Integer.parseInt(m.group(1));
    }

    private void execute(String sql, DataSource on) throws SQLException {
        try (Connection c = on.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE", admin);
    }

    private static PGSimpleDataSource source(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(System.getenv("FOLKMOOT_TEST_PG_USER"));
        ds.setPassword(System.getenv("FOLKMOOT_TEST_PG_PASSWORD"));
        return ds;
    }
}
