package org.folkmoot.sortition.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Runs {@link SelectCommand} from the OSGi bundle's own jar, so the distribution ships OR-Tools
 * once: {@code bin/folkmoot select} puts only the bundle on the class path, and this class unpacks
 * the libraries the bundle embeds ({@code lib/*.jar}: OR-Tools, its natives, protobuf, JNA) into a
 * cache directory the first time (about a second; later runs reuse it), then loads the command
 * through a class loader over the bundle and those jars. Only the JDK is used here.
 *
 * <p>The cache is {@code -Dfolkmoot.tool.cache} (the script passes {@code data/tools}), or the
 * temporary directory when that cannot be written; its subdirectory is named after a fingerprint
 * of the embedded jars (names, sizes, CRCs), so a bundle with other libraries gets a fresh copy. Unpacking goes to a private
 * directory first and is moved into place in one step, so two commands started together cannot
 * see half a copy.
 */
public final class Tool {
    private Tool() {
    }

    public static void main(String[] args) throws Exception {
        Path self = Path.of(Tool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<URL> path = new ArrayList<>();
        path.add(self.toUri().toURL());
        try (Stream<Path> jars = Files.list(libraries(self))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                path.add(jar.toUri().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        loader.loadClass("org.folkmoot.sortition.internal.cli.SelectCommand").getMethod("main", String[].class).invoke(null, (Object) args);
    }

    /** The directory holding the bundle's embedded jars, unpacked if it is not there yet. */
    private static Path libraries(Path self) throws IOException {
        String name = "sortition-" + fingerprint(self);
        IOException failure = null;
        for (String base : new String[] {System.getProperty("folkmoot.tool.cache"), System.getProperty("java.io.tmpdir")}) {
            if (base == null) {
                continue;
            }
            Path target = Path.of(base).resolve(name);
            if (Files.isDirectory(target)) {
                return target;
            }
            try {
                Files.createDirectories(target.getParent());
                Path fresh = Files.createTempDirectory(target.getParent(), name + ".");
                unpack(self, fresh);
                try {
                    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException raced) {
                    delete(fresh); // another command unpacked it at the same time
                }
                return target;
            } catch (IOException e) {
                failure = e;
            }
        }
        throw new IOException("Cannot unpack the solver libraries of " + self + " (set FOLKMOOT_DATA to a writable"
                + " directory, or -Djava.io.tmpdir): " + (failure == null ? "no directory" : failure.getMessage()), failure);
    }

    /** The embedded jars, by name, size and CRC (read from the bundle's directory, not its contents). */
    private static List<ZipEntry> embedded(ZipFile zip) {
        return zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith("lib/") && e.getName().endsWith(".jar")
                && e.getName().indexOf('/', 4) < 0).sorted(Comparator.comparing(ZipEntry::getName)).map(e -> (ZipEntry) e).toList();
    }

    private static String fingerprint(Path bundle) throws IOException {
        long h = 17;
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : embedded(zip)) {
                h = 31 * (31 * (31 * h + e.getName().hashCode()) + e.getCrc()) + e.getSize();
            }
        }
        return Long.toHexString(h);
    }

    private static void unpack(Path bundle, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : embedded(zip)) {
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, into.resolve(e.getName().substring(4)));
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
