package org.folkmoot.distribution;

import static org.junit.Assert.assertEquals;
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

import org.ops4j.pax.exam.Option;

/**
 * The Pax Exam configuration of the in-framework tests: the shipped platform bundles at their
 * start levels, one module bundle from {@code system/}, and the shipped configuration less the
 * {@code deploy/} watcher, so the framework holds exactly the bundles named here.
 */
final class ShippedFramework {

    private ShippedFramework() {
    }

    static Option[] withModule(String module) throws IOException {
        Path dist = FolkmootProcess.DISTRIBUTION;
        List<Option> options = new ArrayList<>();
        try (Stream<Path> jars = Files.walk(dist.resolve("bundle"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jar -> options.add(
                    bundle(jar.toUri().toString()).start(!isFragment(jar))
                            .startLevel(Integer.parseInt(jar.getParent().getFileName().toString()))));
        }
        try (Stream<Path> jars = Files.walk(dist.resolve("system/org/folkmoot/" + module))) {
            List<Path> found = jars.filter(p -> p.toString().endsWith(".jar")).toList();
            assertEquals("one " + module + " bundle in system/: " + found, 1, found.size());
            options.add(bundle(found.get(0).toUri().toString()).startLevel(5));
        }
        Path data = Files.createTempDirectory("folkmoot-paxexam-" + module);
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
