package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/**
 * Hot deployment is a promise: a module dropped into {@code deploy/} answers within 2 s and
 * is gone within 2 s of its removal, and meanwhile every other endpoint keeps answering under
 * concurrent load with no failed request, and the module's own endpoints answer, are not found,
 * or ask to be retried in a moment, never a 500.
 */
class HotDeployIT {

    private static final Duration PROMISE = Duration.ofSeconds(2);
    private static final List<String> OTHER_ENDPOINTS = List.of("/health", "/api/modules", "/", "/assets/folkmoot.css");
    /** The module's own addresses: while it comes and goes, each answer is 200, 404 or a 503 asking for a retry. */
    private static final List<String> MODULE_ENDPOINTS = List.of("/api/example", "/example");

    @Test
    void modulesComeAndGoWhileTheRestKeepsAnswering() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.start()) {
            Path jar = folkmoot.exampleJar();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> load = OTHER_ENDPOINTS.stream().map(path -> new Thread(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = folkmoot.get(path);
                        if (response.statusCode() != 200) {
                            failures.add(path + " answered " + response.statusCode() + ": " + response.body());
                        }
                    } catch (RuntimeException e) {
                        failures.add(path + " failed: " + e);
                    }
                    requests.incrementAndGet();
                }
            }, "load " + path)).toList();
            List<Thread> moduleLoad = MODULE_ENDPOINTS.stream().map(path -> new Thread(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = folkmoot.get(path);
                        int status = response.statusCode();
                        boolean retry = status == 503 && response.headers().firstValue("Retry-After").isPresent()
                                && response.body().contains("restarting");
                        if (status != 200 && status != 404 && !retry) {
                            failures.add(path + " (the module's own) answered " + status + ": " + response.body());
                        }
                    } catch (RuntimeException e) {
                        failures.add(path + " failed: " + e);
                    }
                }
            }, "load " + path)).toList();
            load.forEach(Thread::start);
            moduleLoad.forEach(Thread::start);
            try {
                for (int round = 0; round < 3; round++) {
                    folkmoot.deploy(jar);
                    Duration up = folkmoot.await("/api/example", r -> r.statusCode() == 200, PROMISE);
                    assertTrue(folkmoot.get("/api/modules").body().contains("\"id\":\"example\""));
                    folkmoot.undeploy(jar.getFileName().toString());
                    Duration down = folkmoot.await("/api/example", r -> r.statusCode() == 404, PROMISE);
                    System.out.printf("round %d: serving after %d ms, gone after %d ms%n", round, up.toMillis(), down.toMillis());
                }
            } finally {
                running.set(false);
                for (Thread thread : load) {
                    thread.join();
                }
                for (Thread thread : moduleLoad) {
                    thread.join();
                }
            }
            assertTrue(requests.get() > 100, "the load threads made only " + requests.get() + " requests");
            assertEquals(List.of(), List.copyOf(failures), "requests failed during redeploys");
            assertTrue(!folkmoot.get("/api/modules").body().contains("\"id\":\"example\""));
        }
    }

    @Test
    void aModuleConfigurationAppliesWithoutRestart() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.start()) {
            folkmoot.deploy(folkmoot.exampleJar());
            folkmoot.await("/api/example", r -> r.body().contains("Hello from the example module"), Duration.ofSeconds(10));
            folkmoot.writeConfig("org.folkmoot.example.Greeting", "greeting = Shwmae o'r modiwl\n");
            folkmoot.await("/api/example", r -> r.body().contains("Shwmae o'r modiwl"), Duration.ofSeconds(10));
            folkmoot.writeConfig("org.folkmoot.example.Greeting", "greeting = Hello again\n");
            folkmoot.await("/api/example", r -> r.body().contains("Hello again"), Duration.ofSeconds(10));
        }
    }

    @Test
    void disablingAModuleTakesItAwayAndKeepsItsConfiguration() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.start()) {
            assertEquals(0, folkmoot.command("enable", "example").exitCode());
            folkmoot.await("/api/example", r -> r.statusCode() == 200, Duration.ofSeconds(10));
            FolkmootProcess.CommandResult listed = folkmoot.command("modules");
            assertTrue(listed.output().matches("(?s).*example\\s+enabled.*"), listed.output());

            FolkmootProcess.CommandResult disabled = folkmoot.command("disable", "example");
            assertEquals(0, disabled.exitCode(), disabled.output());
            folkmoot.await("/api/example", r -> r.statusCode() == 404, Duration.ofSeconds(10));
            assertTrue(java.nio.file.Files.exists(folkmoot.home().resolve("conf/org.folkmoot.example.Greeting.cfg")));

            FolkmootProcess.CommandResult unknown = folkmoot.command("enable", "nonsense");
            assertEquals(2, unknown.exitCode());
            assertTrue(unknown.output().matches("(?s).*There is no module 'nonsense'\\. Modules: .*example.*"), unknown.output());
        }
    }

    @Test
    void aModuleThatCannotStartIsReportedDownWhileTheRestServes() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.start()) {
            Path broken = folkmoot.home().resolve("broken-module.jar");
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.folkmoot.broken");
            manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
            manifest.getMainAttributes().putValue("Folkmoot-Module", "broken");
            manifest.getMainAttributes().putValue("Import-Package", "org.nowhere.missing");
            try (JarOutputStream jar = new JarOutputStream(java.nio.file.Files.newOutputStream(broken), manifest)) {
                jar.flush();
            }
            folkmoot.deploy(broken);
            Duration reported = folkmoot.await("/health", r -> r.body().contains("\"id\":\"broken\""), Duration.ofSeconds(10));
            HttpResponse<String> health = folkmoot.get("/health");
            assertEquals(200, health.statusCode(), "a module down leaves the runtime serving");
            assertTrue(health.body().startsWith("{\"status\":\"DEGRADED\""), health.body());
            assertTrue(health.body().contains("\"state\":\"installed (not resolved)\",\"status\":\"DOWN\""), health.body());
            assertEquals(200, folkmoot.get("/").statusCode());
            System.out.println("broken module reported after " + reported.toMillis() + " ms");
        }
    }

    @Test
    void sigtermStopsTheRuntimeCleanlyWithinTenSeconds() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.start()) {
            FolkmootProcess.StopResult stopped = folkmoot.stop();
            assertTrue(stopped.took().compareTo(Duration.ofSeconds(10)) < 0, "stopping took " + stopped.took());
            assertTrue(folkmoot.log().contains("Folkmoot is stopping"), folkmoot.log());
            assertTrue(!folkmoot.log().contains("did not stop cleanly"), folkmoot.log());
        }
    }
}
