package org.folkmoot.distribution.cluster;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.folkmoot.testkit.TestFiles;

/**
 * nginx from the operating system's packages in front of runtimes, configured from the file the
 * distribution ships ({@code cluster/nginx.conf}) with its placeholders filled in, listening on
 * 127.0.0.1 only. Its pid, logs and temporary files stay in a folder of its own.
 */
public final class LoadBalancer implements AutoCloseable {

    /** Where Debian puts nginx; {@code FOLKMOOT_NGINX} names another. */
    public static final Path NGINX = Path.of(System.getenv().getOrDefault("FOLKMOOT_NGINX", "/usr/sbin/nginx"));

    private final Path dir;
    private final int port;
    private final Process process;

    private LoadBalancer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Whether nginx is installed here. */
    public static boolean available() {
        return Files.isExecutable(NGINX);
    }

    /** Starts nginx in front of the runtimes on these ports of 127.0.0.1, waiting until it answers. */
    public static LoadBalancer start(Path template, List<Integer> runtimePorts) throws IOException {
        Path dir = Files.createTempDirectory("folkmoot-lb-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String servers = runtimePorts.stream()
                .map(p -> "server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s;")
                .collect(Collectors.joining("\n        "));
        // the placeholders are filled in outside comments (the file's own comments name them)
        String config = Files.readAllLines(template, StandardCharsets.UTF_8).stream()
                .map(line -> line.strip().startsWith("#") ? line : line
                        .replace("{{LISTEN}}", "127.0.0.1:" + port)
                        .replace("{{SERVERS}}", servers)
                        .replace("{{RUN_DIR}}", dir.toString())
                        // two workers are plenty for a test on a small machine
                        .replace("worker_processes auto;", "worker_processes 2;"))
                .collect(Collectors.joining("\n", "", "\n"));
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", file.toString(),
                "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile())).start();
        LoadBalancer lb = new LoadBalancer(dir, port, process);
        Awaitility.await("nginx listens").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    if (!process.isAlive()) {
                        fail("nginx exited with " + process.exitValue() + ":\n" + lb.log());
                    }
                    try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                });
        return lb;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What nginx said: its own output and its error log. */
    public String log() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("nginx.out", "error.log")) {
            Path f = dir.resolve(name);
            try {
                if (Files.exists(f)) {
                    out.append("---- ").append(name).append(" ----\n").append(Files.readString(f));
                }
            } catch (IOException e) {
                out.append(e);
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        TestFiles.deleteTree(dir);
    }
}
