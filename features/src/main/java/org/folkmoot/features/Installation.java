package org.folkmoot.features;

import java.io.IOException;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.folkmoot.features.Feature.Artifact;

/**
 * A Folkmoot installation's modules: which there are ({@code features/*.json}), which are enabled
 * (their module bundle is in {@code deploy/}), and enabling or disabling them. What was done is
 * reported line by line to a {@code Consumer<String>}, for the command line's output.
 */
public final class Installation {

    private final Path home;

    /** @param home the installation's folder, with {@code features/}, {@code system/}, {@code bundle/}, {@code deploy/}, {@code conf/} */
    public Installation(Path home) {
        this.home = home;
    }

    public Path home() {
        return home;
    }

    /** Every module the installation has, by id. */
    public Map<String, Feature> all() {
        Path dir = home.resolve("features");
        if (!Files.isDirectory(dir)) {
            throw new InstallationException("No features directory at " + dir + ". Is FOLKMOOT_HOME right?");
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

    public boolean enabled(Feature feature) {
        return Files.exists(deploy().resolve(feature.moduleBundle().fileName()));
    }

    /**
     * Enables the modules: writes each one's default configuration where there is none, then
     * copies its bundles into {@code deploy/} (each written whole, then moved in).
     *
     * @throws UnknownModuleException if one is not a module of this installation (nothing is changed)
     */
    public void enable(List<String> modules, Consumer<String> report) {
        for (Feature feature : lookup(modules)) {
            for (Map.Entry<String, Map<String, Object>> config : feature.configurations().entrySet()) {
                writeConfigIfAbsent(config.getKey(), config.getValue(), report);
            }
            Set<String> platform = platformFiles();
            boolean changed = false;
            for (Artifact bundle : feature.bundles()) {
                if (!platform.contains(bundle.fileName())) {
                    changed |= copyIfDifferent(bundle.in(home.resolve("system")), deploy().resolve(bundle.fileName()));
                }
            }
            report.accept(changed ? "Enabled " + feature.module() + " (" + feature.name() + ")."
                    : feature.module() + " (" + feature.name() + ") is already enabled; nothing changed.");
        }
    }

    /**
     * Disables the modules: removes their bundles from {@code deploy/}, except libraries another
     * enabled module still needs. Configuration and data are kept.
     *
     * @throws UnknownModuleException if one is not a module of this installation (nothing is changed)
     */
    public void disable(List<String> modules, Consumer<String> report) {
        List<Feature> leaving = lookup(modules);
        Set<String> stillNeeded = new HashSet<>();
        all().values().stream().filter(f -> !leaving.contains(f) && enabled(f))
                .forEach(f -> f.bundles().forEach(b -> stillNeeded.add(b.fileName())));
        for (Feature feature : leaving) {
            for (Artifact bundle : feature.bundles()) {
                if (!stillNeeded.contains(bundle.fileName())) {
                    delete(deploy().resolve(bundle.fileName()));
                }
            }
            report.accept("Disabled " + feature.module() + ". Its data and configuration are kept;"
                    + " 'bin/folkmoot enable " + feature.module() + "' brings it back.");
        }
    }

    /**
     * Makes {@code deploy/} follow the council's recorded choice ({@link ModuleChoices}): enables each
     * module chosen and not enabled here, disables each enabled here and chosen off. Modules without
     * a choice, or that this installation does not have, are left alone.
     *
     * @return the modules changed here
     */
    public List<String> follow(Map<String, Boolean> choices, Consumer<String> report) {
        Map<String, Feature> all = all();
        List<String> changed = new ArrayList<>();
        choices.forEach((module, on) -> {
            Feature feature = all.get(module);
            if (feature != null && on != enabled(feature)) {
                if (on) {
                    enable(List.of(module), report);
                } else {
                    disable(List.of(module), report);
                }
                changed.add(module);
            }
        });
        return changed;
    }

    private List<Feature> lookup(List<String> modules) {
        Map<String, Feature> all = all();
        List<Feature> found = new ArrayList<>();
        for (String module : modules) {
            Feature feature = all.get(module);
            if (feature == null) {
                throw new UnknownModuleException("There is no module '" + module + "'. Modules: " + String.join(", ", all.keySet()) + ".");
            }
            found.add(feature);
        }
        return found;
    }

    private Path deploy() {
        return home.resolve("deploy");
    }

    /** The platform's own bundles ({@code bundle/N/*.jar}), which a feature may name but which are never deployed twice. */
    private Set<String> platformFiles() {
        Set<String> names = new HashSet<>();
        Path bundles = home.resolve("bundle");
        if (!Files.isDirectory(bundles)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(bundles)) {
            files.filter(p -> p.toString().endsWith(".jar")).forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new InstallationException("Cannot read the platform bundles in " + bundles + ": " + e.getMessage(), e);
        }
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
            throw new InstallationException("Cannot compare " + from + " with " + to + ": " + e.getMessage(), e);
        }
        copyAtomically(from, to);
        return true;
    }

    /** Written whole, then moved in, so FileInstall never sees half a file. */
    private void copyAtomically(Path from, Path to) {
        if (!Files.exists(from)) {
            throw new InstallationException("The installation lacks " + from + "; rebuild or reinstall Folkmoot.");
        }
        try {
            Files.createDirectories(to.getParent());
            Path temp = Files.createTempFile(home, ".enable-", ".tmp");
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InstallationException("Cannot copy " + from.getFileName() + " into " + to.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new InstallationException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeConfigIfAbsent(String pid, Map<String, Object> properties, Consumer<String> report) {
        Path file = home.resolve("conf").resolve(Feature.configFileName(pid));
        if (Files.exists(file)) {
            return;
        }
        StringBuilder text = new StringBuilder("# Default configuration of ").append(pid)
                .append(", written when the module was enabled. Edits apply while the runtime runs.\n");
        properties.forEach((key, value) -> text.append(key).append(" = ").append(escape(String.valueOf(value))).append('\n'));
        try {
            Path temp = Files.createTempFile(home, ".config-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            report.accept("Wrote " + home.relativize(file));
        } catch (IOException e) {
            throw new InstallationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
