package org.folkmoot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.felix.framework.FrameworkFactory;
import org.folkmoot.launcher.Main.LauncherException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * Boots Felix with the platform bundles of {@code bundle/} and leaves {@code conf/} and
 * {@code deploy/} to FileInstall. SIGTERM stops the framework cleanly.
 */
final class Launcher {

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(9);

    private Launcher() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Map<String, String> properties = FrameworkProperties.load(options);
        createDirectories(options);
        if (options.demo()) {
            err.println("WARNING: DEMO MODE. Demo accounts with published passwords and sample data are created."
                    + " Never run a council's real service with --demo.");
        }
        Framework framework = new FrameworkFactory().newFramework(properties);
        try {
            framework.init();
            List<Bundle> installed = Platform.install(framework.getBundleContext(), options.home().resolve("bundle"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework, err), "folkmoot-shutdown"));
            framework.start();
            Platform.reportFailures(installed, err);
            announceWhenReady(options.port(), out);
            framework.waitForStop(0);
            return 0;
        } catch (BundleException e) {
            throw new LauncherException("The runtime could not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void createDirectories(Options options) {
        try {
            Files.createDirectories(options.data());
            Files.createDirectories(options.home().resolve("deploy"));
        } catch (IOException e) {
            throw new LauncherException("Cannot create the data directory " + options.data() + ": " + e.getMessage()
                    + ". Choose a writable one with --data DIR or FOLKMOOT_DATA.", e);
        }
    }

    /** "modules assets, search are active and serving", from /health's module lines (those with a version). */
    static String modulesServing(String health) {
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"version\":\"([^\"]+)\",\"state\":\"active\",\"status\":\"UP\"")
                .matcher(health);
        List<String> modules = new java.util.ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules.isEmpty() ? "no module enabled (bin/folkmoot enable MODULE)"
                : "every module in deploy/ is active and serving (" + String.join(", ", modules) + ")";
    }

    private static void stop(Framework framework, PrintStream err) {
        if (framework.getState() != Bundle.ACTIVE && framework.getState() != Bundle.STARTING) {
            return;
        }
        err.println("Folkmoot is stopping");
        try {
            framework.stop();
            framework.waitForStop(STOP_TIMEOUT.toMillis());
        } catch (BundleException | InterruptedException e) {
            err.println("Folkmoot did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * Tells the operator, once, that the runtime is ready: {@code /health} answers 200 only once every
     * module in {@code deploy/} is active and its endpoints are served (the figure the cold-start
     * benchmark reads). {@code /health} says STARTING with 503 until then.
     */
    private static void announceWhenReady(int port, PrintStream out) {
        Thread watcher = new Thread(() -> {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            URI health = URI.create("http://127.0.0.1:" + port + "/health");
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(giveUp)) {
                try {
                    HttpURLConnection connection = (HttpURLConnection) health.toURL().openConnection();
                    connection.setConnectTimeout(500);
                    connection.setReadTimeout(2000);
                    int status = connection.getResponseCode();
                    String body = status == 200 ? new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
                    connection.disconnect();
                    if (status == 200) {
                        out.printf("Folkmoot is ready at http://localhost:%d/ (%d ms after the JVM started): %s%n",
                                port, Duration.between(started, Instant.now()).toMillis(), modulesServing(body));
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
            out.println("Folkmoot is not ready after three minutes (/health does not answer 200); see the log above.");
        }, "folkmoot-ready");
        watcher.setDaemon(true);
        watcher.start();
    }
}
