package org.folkmoot.launcher;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.folkmoot.features.Feature;
import org.folkmoot.features.Installation;
import org.folkmoot.features.InstallationException;
import org.folkmoot.features.UnknownModuleException;
import org.folkmoot.launcher.Main.LauncherException;
import org.folkmoot.launcher.Main.UsageException;

/**
 * {@code bin/folkmoot modules}, {@code enable} and {@code disable}: the installation's own
 * {@link Installation} does the work (the administrator's modules page runs the same code inside
 * the runtime); this class only prints and turns its refusals into the command line's.
 */
final class Features {

    private final Installation installation;

    Features(java.nio.file.Path home) {
        this.installation = new Installation(home);
    }

    Map<String, Feature> all() {
        return run(installation::all);
    }

    int list(PrintStream out) {
        for (Feature feature : all().values()) {
            out.printf("%-10s %-8s %s: %s%n", feature.module(), installation.enabled(feature) ? "enabled" : "disabled",
                    feature.name(), feature.description());
        }
        return 0;
    }

    int enable(List<String> modules, PrintStream out) {
        run(() -> {
            known(modules);
            new SharedModuleChoice(installation.home(), System.getenv()).record(modules, true, out);
            installation.enable(modules, out::println);
            return null;
        });
        return 0;
    }

    int disable(List<String> modules, PrintStream out) {
        run(() -> {
            known(modules);
            new SharedModuleChoice(installation.home(), System.getenv()).record(modules, false, out);
            installation.disable(modules, out::println);
            return null;
        });
        return 0;
    }

    /** Refuses an unknown module before anything is recorded anywhere. */
    private void known(List<String> modules) {
        Map<String, Feature> all = installation.all();
        for (String module : modules) {
            if (!all.containsKey(module)) {
                throw new UnknownModuleException("There is no module '" + module + "'. Modules: " + String.join(", ", all.keySet()) + ".");
            }
        }
    }

    private static <T> T run(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (UnknownModuleException e) {
            throw new UsageException(e.getMessage());
        } catch (InstallationException e) {
            throw new LauncherException(e.getMessage(), e);
        }
    }
}
