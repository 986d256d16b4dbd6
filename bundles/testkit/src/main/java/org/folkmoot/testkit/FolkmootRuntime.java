package org.folkmoot.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A real Folkmoot runtime for a test: a private copy of the built distribution (the system property
 * {@code folkmoot.dist}, else {@code target/folkmoot}), started with {@code bin/folkmoot} on a free
 * port, talked to over HTTP, stopped with SIGTERM. Each instance has its own installation, so tests
 * may enable, deploy and configure freely.
 *
 * <p>{@code org.folkmoot.distribution.FolkmootProcess} hands over to this class under its old name.
 */
public class FolkmootRuntime implements AutoCloseable {

    /** The built distribution; failsafe passes it in. */
    public static final Path DISTRIBUTION = Path.of(System.getProperty("folkmoot.dist", "target/folkmoot")).toAbsolutePath();

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path home;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    /** Installations not yet closed, whose logs a failing test prints. */
    private static final Set<FolkmootRuntime> OPEN = ConcurrentHashMap.newKeySet();

    protected FolkmootRuntime(Path home, int port) {
        this.home = home;
        this.port = port;
        this.log = home.resolve("folkmoot.log");
        OPEN.add(this);
    }

    /** A fresh installation, not yet started. */
    public static FolkmootRuntime install() throws IOException {
        return new FolkmootRuntime(newHome(), freePort());
    }

    /** A fresh installation, started and answering {@code /health}. */
    public static FolkmootRuntime start(String... args) throws IOException {
        FolkmootRuntime folkmoot = install();
        folkmoot.launch(Map.of(), args);
        return folkmoot;
    }

    /** A private copy of the distribution in a new temporary folder. */
    protected static Path newHome() throws IOException {
        Path home = Files.createTempDirectory("folkmoot-it-");
        copyTree(DISTRIBUTION, home);
        return home;
    }

    /** Starts (or restarts) this installation with the same data, waiting for {@code /health}. */
    public FolkmootRuntime launch(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/folkmoot").toString(),
                "--port", Integer.toString(port), "--data", home.resolve("data").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        awaitHealthy();
        return this;
    }

    private void awaitHealthy() {
        try {
            Awaitility.await("Folkmoot answers /health").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100))
                    .ignoreException(UncheckedIOException.class) // not listening yet
                    .until(() -> {
                        if (!process.isAlive()) {
                            fail("Folkmoot exited with " + process.exitValue() + " before answering:\n" + log());
                        }
                        return get("/health").statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            fail("Folkmoot did not answer /health within " + START_TIMEOUT + ":\n" + log());
        }
    }

    /** Runs {@code bin/folkmoot} with a command (enable, disable, modules...) against this installation. */
    public CommandResult command(String... args) throws IOException, InterruptedException {
        return command(Map.of(), args);
    }

    /** As {@link #command(String...)}, with extra environment variables. */
    public CommandResult command(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/folkmoot").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(60, TimeUnit.SECONDS)) {
            run.destroyForcibly();
            fail("bin/folkmoot " + String.join(" ", args) + " did not finish");
        }
        return new CommandResult(run.exitValue(), output);
    }

    public record CommandResult(int exitCode, String output) {
    }

    public Path home() {
        return home;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET(), headers);
    }

    /** Sends the request as built: set a timeout on it when it should have one. */
    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the condition holds for {@code GET path}, returning how long that took. */
    public Duration await(String path, Predicate<HttpResponse<String>> condition, Duration timeout) {
        long start = System.nanoTime();
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        try {
            Awaitility.await("GET " + path).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .ignoreException(UncheckedIOException.class) // keep trying until the deadline
                    .until(() -> {
                        last.set(get(path));
                        return condition.test(last.get());
                    });
        } catch (ConditionTimeoutException e) {
            fail("GET " + path + " did not reach the expected answer within " + timeout + "; last: "
                    + (last.get() == null ? "no answer" : last.get().statusCode() + " " + last.get().body()) + "\n" + log());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Drops a jar into deploy/ the safe way: written beside it, then moved in. */
    public void deploy(Path jar) throws IOException {
        Path temp = home.resolve(".deploy.tmp");
        Files.copy(jar, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, home.resolve("deploy").resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    public void undeploy(String fileName) throws IOException {
        Files.delete(home.resolve("deploy").resolve(fileName));
    }

    /** The example module's jar as the installation ships it in system/. */
    public Path exampleJar() throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("system/org/folkmoot/example"))) {
            return files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    public void writeConfig(String pid, String text) throws IOException {
        Path temp = home.resolve(".config.tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, home.resolve("conf").resolve(pid + ".cfg"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /**
     * Prints the end of every open installation's log when a test fails, so that a failure on a
     * CI machine shows what the server said (an incident's stack trace, say) and not only the status.
     * Registered through this jar's {@code META-INF/services} for tests whose
     * {@code junit-platform.properties} enables extension autodetection.
     */
    public static final class LogOnFailure implements TestWatcher {
        private static final int LINES = 60;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (FolkmootRuntime folkmoot : OPEN) {
                List<String> lines = folkmoot.log().lines().toList();
                System.out.println("---- last " + LINES + " lines of " + folkmoot.log + " after " + context.getDisplayName()
                        + " failed ----\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - LINES), lines.size())));
            }
        }
    }

    /** SIGTERM, as an init system sends; returns the exit code and how long the stop took. */
    public StopResult stop() throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("Folkmoot did not stop within 30 s of SIGTERM:\n" + log());
        }
        return new StopResult(process.exitValue(), Duration.ofNanos(System.nanoTime() - start));
    }

    public record StopResult(int exitCode, Duration took) {
    }

    /** SIGKILL: no shutdown hook, no chance to flush; what a power cut does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The runtime's process id (its JVM's: {@code bin/folkmoot} execs Java), while it runs. */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws Exception {
        OPEN.remove(this);
        if (isRunning()) {
            stop();
        }
        TestFiles.deleteTree(home);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (leftByARun(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (readOnly(relative)) {
                    // Libraries only read (lib/, system/: 100 MB with the solver): linked, not copied.
                    Files.createSymbolicLink(target, source.toAbsolutePath());
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * What a run of the built distribution wrote into {@code data/} (the README's demo: its
     * database, search index and framework cache): a test starts from the empty data directory
     * that ships, whatever was run before.
     */
    private static boolean leftByARun(Path relative) {
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals("data");
    }

    private static boolean readOnly(Path relative) {
        String top = relative.getName(0).toString();
        return (top.equals("lib") || top.equals("system")) && relative.toString().endsWith(".jar");
    }

    protected static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
