package org.folkmoot.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.folkmoot.api.module.ModuleInfo;
import org.folkmoot.api.web.PageRenderer;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * In-framework wiring: the shipped platform bundles, at their start levels, plus the example
 * module, booted by Pax Exam in Felix. Checks what the process-level tests cannot see: the
 * services and the Jakarta REST whiteboard's own view of what it serves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WiringPaxExamIT {

    @Inject
    private BundleContext context;

    @Inject
    private PageRenderer pages;

    @Configuration
    public Option[] configuration() throws IOException {
        Path dist = FolkmootProcess.DISTRIBUTION;
        List<Option> options = new ArrayList<>();
        try (Stream<Path> jars = Files.walk(dist.resolve("bundle"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jar -> options.add(
                    bundle(jar.toUri().toString()).start(!isFragment(jar))
                            .startLevel(Integer.parseInt(jar.getParent().getFileName().toString()))));
        }
        try (Stream<Path> jars = Files.walk(dist.resolve("system/org/folkmoot/example"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).forEach(jar -> options.add(bundle(jar.toUri().toString()).startLevel(5)));
        }
        Path data = Files.createTempDirectory("folkmoot-paxexam");
        // The shipped configuration, less the deploy/ watcher: this framework holds exactly the bundles named here.
        Path conf = Files.createDirectories(data.resolve("conf"));
        try (Stream<Path> files = Files.list(dist.resolve("conf"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().startsWith("org.apache.felix.fileinstall-")) {
                    Files.copy(file, conf.resolve(file.getFileName()));
                }
            }
        }
        options.addAll(Arrays.asList(
                frameworkProperty("folkmoot.home").value(dist.toString()),
                frameworkProperty("folkmoot.data").value(data.toString()),
                frameworkProperty("org.osgi.service.http.port").value(Integer.toString(freePort())),
                frameworkProperty("felix.fileinstall.dir").value(conf.toString()),
                frameworkProperty("felix.fileinstall.filter").value(".*\\.cfg"),
                frameworkProperty("felix.fileinstall.noInitialDelay").value("true"),
                frameworkProperty("felix.fileinstall.enableConfigSave").value("false"),
                systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"),
                junitBundles()));
        return options(options.toArray(Option[]::new));
    }

    @Test
    public void everyPlatformBundleIsActive() {
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            if (!fragment) {
                assertEquals(bundle.getSymbolicName() + " is not active", Bundle.ACTIVE, bundle.getState());
            }
        }
    }

    @Test
    public void theExampleModuleRegistersItsModuleInfo() throws Exception {
        ServiceTracker<ModuleInfo, ModuleInfo> tracker = new ServiceTracker<>(context, ModuleInfo.class, null);
        tracker.open();
        try {
            ModuleInfo module = tracker.waitForService(10_000);
            assertNotNull("no ModuleInfo service", module);
            assertEquals("example", module.id());
            assertEquals("Enghraifft", module.name("cy"));
        } finally {
            tracker.close();
        }
    }

    @Test
    public void theWhiteboardServesTheWebAndModuleResources() throws Exception {
        ServiceTracker<JakartarsServiceRuntime, JakartarsServiceRuntime> tracker =
                new ServiceTracker<>(context, JakartarsServiceRuntime.class, null);
        tracker.open();
        try {
            JakartarsServiceRuntime runtime = tracker.waitForService(20_000);
            assertNotNull("no Jakarta REST whiteboard runtime", runtime);
            List<String> names = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline && !names.contains("folkmoot.example")) {
                names.clear();
                for (ResourceDTO resource : runtime.getRuntimeDTO().defaultApplication.resourceDTOs) {
                    names.add(resource.name);
                }
                Thread.sleep(100);
            }
            assertTrue(names.toString(), names.containsAll(List.of("folkmoot.web.health", "folkmoot.web.modules",
                    "folkmoot.web.home", "folkmoot.example", "folkmoot.example.page")));
            assertEquals("no resource may fail", 0, runtime.getRuntimeDTO().failedResourceDTOs.length);
            assertEquals("no extension may fail", 0, runtime.getRuntimeDTO().failedExtensionDTOs.length);
        } finally {
            tracker.close();
        }
    }

    @Test
    public void thePageRendererServesOtherBundles() {
        assertNotNull(pages);
    }

    private static boolean isFragment(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Fragment-Host") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
