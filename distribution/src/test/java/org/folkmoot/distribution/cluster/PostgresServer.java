package org.folkmoot.distribution.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.folkmoot.testkit.TestFiles;

/**
 * A PostgreSQL server of the cluster test's own, made with the operating system's PostgreSQL
 * ({@code initdb}, {@code pg_ctl} from Debian's {@code /usr/lib/postgresql/<newest>/bin}, or the folder
 * {@code FOLKMOOT_PG_BIN} names) in a temporary folder, listening on a free port of 127.0.0.1 only, with
 * password authentication and a role {@code folkmoot} that may create databases. The test can stop it
 * and start it again on the same data and port, a real restart under the runtimes. PostgreSQL refuses
 * to run as root: when the test runs as root, the server runs as the {@code postgres} user the package
 * made, in a folder that user owns.
 */
public final class PostgresServer implements AutoCloseable {

    /** The role the runtimes use, and its password. */
    public static final String USER = "folkmoot";
    public static final String PASSWORD = "folkmoot";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final String superPassword;
    private final Thread stopAtExit = new Thread(this::stopAndDelete, "stop the cluster test's PostgreSQL");

    private PostgresServer(Path bin, Path dir, int port, String superPassword) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.superPassword = superPassword;
    }

    /** The folder of {@code initdb} and {@code pg_ctl}, or null when PostgreSQL's server is not installed. */
    public static Path binaries() {
        String given = System.getenv("FOLKMOOT_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Files.isExecutable(Path.of(given, "pg_ctl")) ? Path.of(given) : null;
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb")) && Files.isExecutable(v.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Makes a new server and starts it; stopped by {@link #close()}, or when the JVM exits if the test did not. */
    public static PostgresServer start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("PostgreSQL's initdb and pg_ctl are not installed");
        }
        Path dir = Files.createTempDirectory("folkmoot-pg-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, dir, port, UUID.randomUUID().toString());
        Runtime.getRuntime().addShutdownHook(server.stopAtExit);
        try {
            if (asRoot()) {
                giveToPostgres(dir);
            }
            Path passwordFile = dir.resolve("superuser-password");
            Files.writeString(passwordFile, server.superPassword + "\n", StandardCharsets.UTF_8);
            if (asRoot()) {
                giveToPostgres(passwordFile);
            }
            server.run("initdb", "-D", server.data().toString(), "-U", "postgres", "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
            Files.delete(passwordFile);
            // appended to the file initdb wrote, which keeps its owner
            Files.writeString(server.data().resolve("postgresql.conf"), String.join("\n",
                    "", "# the cluster test's own server",
                    "listen_addresses = '127.0.0.1'",
                    "port = " + port,
                    "unix_socket_directories = '" + dir + "'",
                    "fsync = off", // nothing here outlives the test; a crash of the machine is not what it tests
                    "shared_buffers = 32MB",
                    ""), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            server.startAgain();
            try (Connection c = server.connect("postgres", "postgres", server.superPassword); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "' CREATEDB");
            }
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The JDBC URL of a database on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** {@code pg_ctl stop -m fast}: every session ended, the server gone, new connections refused. */
    public void stop() throws IOException, InterruptedException {
        run("pg_ctl", "stop", "-D", data().toString(), "-m", "fast", "-w", "-t", "60");
    }

    /** {@code pg_ctl start} on the same data and port; returns once it accepts connections. */
    public void startAgain() throws IOException, InterruptedException {
        run("pg_ctl", "start", "-D", data().toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60");
    }

    /** What the server logged. */
    public String log() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void giveToPostgres(Path path) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal postgres;
        GroupPrincipal group;
        try {
            postgres = users.lookupPrincipalByName("postgres");
            group = users.lookupPrincipalByGroupName("postgres");
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            throw new IllegalStateException("running as root, but there is no postgres user to run PostgreSQL as "
                    + "(Debian's postgresql package makes it)", e);
        }
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(postgres);
        view.setGroup(group);
    }

    /** Runs one of PostgreSQL's programs (as postgres when we are root) in the server's folder; fails with its output. */
    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("folkmoot-pg-" + program + "-", ".out");
        try {
            // pg_ctl start leaves the server running with its output in server.log; ours goes to a file, not a pipe
            // the server would hold open
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 120 s:\n"
                        + Files.readString(out) + "\n---- server.log ----\n" + log());
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue() + ":\n"
                        + Files.readString(out) + "\n---- server.log ----\n" + log());
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void stopQuietly() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            try {
                run("pg_ctl", "stop", "-D", data().toString(), "-m", "immediate", "-w", "-t", "30");
            } catch (Exception e) {
                System.err.println("PostgresServer: stopping the server in " + dir + ": " + e);
            }
        }
    }

    private void stopAndDelete() {
        stopQuietly();
        try {
            TestFiles.deleteTree(dir);
        } catch (IOException e) {
            System.err.println("PostgresServer: deleting " + dir + ": " + e);
        }
    }

    /** Stops the server (if it runs) and deletes its folder. */
    @Override
    public void close() {
        stopAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already exiting: the hook runs anyway
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on 127.0.0.1:" + port + " in " + dir;
    }
}
