package org.folkmoot.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.folkmoot.testkit.FolkmootRuntime;

/**
 * The test kit's {@link FolkmootRuntime} under the name, methods and result types the distribution's
 * process tests have always used ({@code FolkmootProcess.CommandResult} is imported by name); each
 * method hands over to the kit. New tests may use {@link FolkmootRuntime} directly.
 */
public final class FolkmootProcess implements AutoCloseable {

    /** The built distribution; failsafe passes it in. */
    public static final Path DISTRIBUTION = FolkmootRuntime.DISTRIBUTION;

    private final FolkmootRuntime runtime;

    private FolkmootProcess(FolkmootRuntime runtime) {
        this.runtime = runtime;
    }

    /** A fresh installation, not yet started. */
    public static FolkmootProcess install() throws IOException {
        return new FolkmootProcess(FolkmootRuntime.install());
    }

    /** A fresh installation, started and answering {@code /health}. */
    public static FolkmootProcess start(String... args) throws IOException {
        return new FolkmootProcess(FolkmootRuntime.start(args));
    }

    /** The kit's runtime this stands for. */
    public FolkmootRuntime runtime() {
        return runtime;
    }

    /** Starts (or restarts) this installation with the same data, waiting for {@code /health}. */
    public FolkmootProcess launch(Map<String, String> env, String... args) throws IOException {
        runtime.launch(env, args);
        return this;
    }

    /** Runs {@code bin/folkmoot} with a command (enable, disable, modules...) against this installation. */
    public CommandResult command(String... args) throws IOException, InterruptedException {
        return CommandResult.of(runtime.command(args));
    }

    /** As {@link #command(String...)}, with extra environment variables. */
    public CommandResult command(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return CommandResult.of(runtime.command(env, args));
    }

    public record CommandResult(int exitCode, String output) {
        static CommandResult of(FolkmootRuntime.CommandResult r) {
            return new CommandResult(r.exitCode(), r.output());
        }
    }

    public Path home() {
        return runtime.home();
    }

    public int port() {
        return runtime.port();
    }

    public URI uri(String path) {
        return runtime.uri(path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return runtime.get(path, headers);
    }

    /** Sends the request as built: set a timeout on it when it should have one. */
    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        return runtime.send(request, headers);
    }

    /** Waits until the condition holds for {@code GET path}, returning how long that took. */
    public Duration await(String path, Predicate<HttpResponse<String>> condition, Duration timeout) {
        return runtime.await(path, condition, timeout);
    }

    /** Drops a jar into deploy/ the safe way: written beside it, then moved in. */
    public void deploy(Path jar) throws IOException {
        runtime.deploy(jar);
    }

    public void undeploy(String fileName) throws IOException {
        runtime.undeploy(fileName);
    }

    /** The example module's jar as the installation ships it in system/. */
    public Path exampleJar() throws IOException {
        return runtime.exampleJar();
    }

    public void writeConfig(String pid, String text) throws IOException {
        runtime.writeConfig(pid, text);
    }

    public String log() {
        return runtime.log();
    }

    /** SIGTERM, as an init system sends; returns the exit code and how long the stop took. */
    public StopResult stop() throws InterruptedException {
        FolkmootRuntime.StopResult r = runtime.stop();
        return new StopResult(r.exitCode(), r.took());
    }

    public record StopResult(int exitCode, Duration took) {
    }

    /** SIGKILL: no shutdown hook, no chance to flush; what a power cut does. */
    public void kill() throws InterruptedException {
        runtime.kill();
    }

    /** The runtime's process id while it runs. */
    public long pid() {
        return runtime.pid();
    }

    public boolean isRunning() {
        return runtime.isRunning();
    }

    @Override
    public void close() throws Exception {
        runtime.close();
    }
}
