package org.folkmoot.platform.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/** Finds a module's scripts: the folder's {@code *.sql} plus those of its {@code h2} or {@code postgresql} sub-folder. */
public final class Scripts {

    private Scripts() {
    }

    public static List<MigrationScript> inBundle(Bundle bundle, String folder, String database) {
        List<MigrationScript> out = new ArrayList<>();
        for (String dir : List.of(folder, folder + "/" + database)) {
            Enumeration<URL> entries = bundle.findEntries(dir, "*.sql", false);
            if (entries == null) {
                continue;
            }
            for (URL url : Collections.list(entries)) {
                String path = url.getPath();
                out.add(new MigrationScript(bundle.getSymbolicName() + ":" + path,
                        path.substring(path.lastIndexOf('/') + 1), () -> read(url)));
            }
        }
        return out;
    }

    /** For tests and tools: scripts in a directory. */
    public static List<MigrationScript> inDirectory(Path folder, String database) {
        List<MigrationScript> out = new ArrayList<>();
        for (Path dir : List.of(folder, folder.resolve(database))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().forEach(p -> out.add(
                        new MigrationScript(p.toString(), p.getFileName().toString(), () -> read(p))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
