package org.folkmoot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.folkmoot.launcher.Feature.Artifact;
import org.folkmoot.launcher.Main.LauncherException;
import org.folkmoot.launcher.Main.UsageException;

/**
 * Enabling and disabling modules. A module is enabled when its bundle is in {@code deploy/};
 * FileInstall then starts it in the running runtime, and removing it stops and uninstalls it.
 * Its configuration stays in {@code conf/} and its data in the database either way.
 */
final class Features {

    private final Path home;

    Features(Path home) {
        this.home = home;
    }

    Map<String, Feature> all() {
        Path dir = home.resolve("features");
        if (!Files.isDirectory(dir)) {
            throw new LauncherException("No features directory at " + dir + ". Is FOLKMOOT_HOME right?");
        }
        Map<String, Feature> features = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".json")).forEach(f -> {
                Feature feature = Feature.read(f);
                features.put(feature.module(), feature);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }

    boolean enabled(Feature feature) {
        return Files.exists(deploy().resolve(feature.moduleBundle().fileName()));
    }

    int list(PrintStream out) {
        for (Feature feature : all().values()) {
            out.printf("%-10s %-8s %s: %s%n", feature.module(), enabled(feature) ? "enabled" : "disabled",
                    feature.name(), feature.description());
        }
        return 0;
    }

    int enable(List<String> modules, PrintStream out) {
        Map<String, Feature> all = all();
        for (Feature feature : lookup(all, modules)) {
            for (Map.Entry<String, Map<String, Object>> config : feature.configurations().entrySet()) {
                writeConfigIfAbsent(config.getKey(), config.getValue(), out);
            }
            Set<String> platform = platformFiles();
            boolean changed = false;
            for (Artifact bundle : feature.bundles()) {
                if (!platform.contains(bundle.fileName())) {
                    changed |= copyIfDifferent(bundle.in(home.resolve("system")), deploy().resolve(bundle.fileName()));
                }
            }
            out.println(changed ? "Enabled " + feature.module() + " (" + feature.name() + ")."
                    : feature.module() + " (" + feature.name() + ") is already enabled; nothing changed.");
        }
        return 0;
    }

    int disable(List<String> modules, PrintStream out) {
        Map<String, Feature> all = all();
        List<Feature> leaving = lookup(all, modules);
        Set<String> stillNeeded = new HashSet<>();
        all.values().stream().filter(f -> !leaving.contains(f) && enabled(f))
                .forEach(f -> f.bundles().forEach(b -> stillNeeded.add(b.fileName())));
        for (Feature feature : leaving) {
            for (Artifact bundle : feature.bundles()) {
                if (!stillNeeded.contains(bundle.fileName())) {
                    delete(deploy().resolve(bundle.fileName()));
                }
            }
            out.println("Disabled " + feature.module() + ". Its data and configuration are kept;"
                    + " 'bin/folkmoot enable " + feature.module() + "' brings it back.");
        }
        return 0;
    }

    private static List<Feature> lookup(Map<String, Feature> all, List<String> modules) {
        List<Feature> found = new ArrayList<>();
        for (String module : modules) {
            Feature feature = all.get(module);
            if (feature == null) {
                throw new UsageException("There is no module '" + module + "'. Modules: " + String.join(", ", all.keySet()) + ".");
            }
            found.add(feature);
        }
        return found;
    }

    private Path deploy() {
        return home.resolve("deploy");
    }

    private Set<String> platformFiles() {
        Set<String> names = new HashSet<>();
        Platform.jars(home.resolve("bundle")).forEach(p -> names.add(p.getFileName().toString()));
        return names;
    }

    /**
     * Copies a bundle into {@code deploy/} unless the same bytes are there already: FileInstall
     * updates a bundle whenever its file is rewritten, so copying an enabled module again would
     * restart it (and its requests would meet it half-gone) for nothing.
     */
    private boolean copyIfDifferent(Path from, Path to) {
        try {
            if (Files.exists(from) && Files.exists(to) && Files.mismatch(from, to) == -1) {
                return false;
            }
        } catch (IOException e) {
            throw new LauncherException("Cannot compare " + from + " with " + to + ": " + e.getMessage(), e);
        }
        copyAtomically(from, to);
        return true;
    }

    /** Written whole, then moved in, so FileInstall never sees half a file. */
    private void copyAtomically(Path from, Path to) {
        if (!Files.exists(from)) {
            throw new LauncherException("The installation lacks " + from + "; rebuild or reinstall Folkmoot.");
        }
        try {
            Files.createDirectories(to.getParent());
            Path temp = Files.createTempFile(home, ".enable-", ".tmp");
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LauncherException("Cannot copy " + from.getFileName() + " into " + to.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LauncherException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeConfigIfAbsent(String pid, Map<String, Object> properties, PrintStream out) {
        Path file = home.resolve("conf").resolve(Feature.configFileName(pid));
        if (Files.exists(file)) {
            return;
        }
        StringBuilder text = new StringBuilder("# Default configuration of ").append(pid)
                .append(", written by 'bin/folkmoot enable'. Edits apply while the runtime runs.\n");
        properties.forEach((key, value) -> text.append(key).append(" = ").append(escape(String.valueOf(value))).append('\n'));
        try {
            Path temp = Files.createTempFile(home, ".config-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            out.println("Wrote " + home.relativize(file));
        } catch (IOException e) {
            throw new LauncherException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
