package org.folkmoot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;
import org.folkmoot.api.module.ModuleInfo;
import org.folkmoot.features.Feature;
import org.folkmoot.features.Feature.Artifact;
import org.folkmoot.launcher.Main.LauncherException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves every feature against this installation with Felix's own resolver, the way the
 * runtime will: the platform bundles plus the feature's bundles, nothing else. Run at build
 * time, so a feature that names a missing bundle or needs a package nobody exports fails the
 * build instead of a council's deployment.
 */
final class FeatureCheck {

    private final Path home;

    FeatureCheck(Path home) {
        this.home = home;
    }

    int check(PrintStream out, PrintStream err) {
        Map<String, Feature> features = new Features(home).all();
        if (features.isEmpty()) {
            throw new LauncherException("No features to check in " + home.resolve("features") + ".");
        }
        List<String> problems = new ArrayList<>();
        for (Feature feature : features.values()) {
            List<String> found = check(feature);
            out.println((found.isEmpty() ? "ok     " : "FAILED ") + feature.module() + " (" + feature.id() + ")");
            found.forEach(problem -> err.println("  " + feature.module() + ": " + problem));
            problems.addAll(found);
        }
        return problems.isEmpty() ? 0 : 1;
    }

    List<String> check(Feature feature) {
        Path storage = null;
        Framework framework = null;
        try {
            storage = Files.createTempDirectory("folkmoot-feature-check");
            Map<String, String> properties = FrameworkProperties.load(new Options(home, 0, storage.resolve("data"), false));
            properties.put(Constants.FRAMEWORK_STORAGE, storage.resolve("cache").toString());
            properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            framework = new FrameworkFactory().newFramework(properties);
            framework.init();
            BundleContext context = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (Path jar : Platform.jars(home.resolve("bundle"))) {
                bundles.add(context.installBundle(jar.toUri().toString()));
            }
            List<String> problems = new ArrayList<>();
            Bundle module = null;
            for (Artifact artifact : feature.bundles()) {
                Path jar = artifact.in(home.resolve("system"));
                if (!Files.exists(jar)) {
                    problems.add("bundle " + artifact + " is not in the installation (" + home.relativize(jar) + ")");
                    continue;
                }
                Bundle bundle = context.installBundle(jar.toUri().toString());
                bundles.add(bundle);
                module = module == null ? bundle : module;
            }
            if (module != null) {
                String header = module.getHeaders("").get(ModuleInfo.MODULE_HEADER);
                if (!feature.module().equals(header == null ? null : header.trim())) {
                    problems.add("the first bundle, " + module.getSymbolicName() + ", must carry the manifest header "
                            + ModuleInfo.MODULE_HEADER + ": " + feature.module() + " (it has " + header + ")");
                }
            }
            framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
            for (Bundle bundle : bundles) {
                if (bundle.getState() == Bundle.INSTALLED) {
                    problems.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " does not resolve: "
                            + unsatisfied(bundle, context));
                }
            }
            return problems;
        } catch (IOException | BundleException e) {
            return List.of("could not be checked: " + e.getMessage());
        } finally {
            stop(framework);
            deleteQuietly(storage);
        }
    }

    /** The mandatory requirements that no installed bundle (or the JRE) offers a capability for. */
    static String unsatisfied(Bundle bundle, BundleContext context) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            String resolution = requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE);
            String effective = requirement.getDirectives().getOrDefault(Constants.EFFECTIVE_DIRECTIVE, Constants.EFFECTIVE_RESOLVE);
            if (Constants.RESOLUTION_OPTIONAL.equals(resolution) || !Constants.EFFECTIVE_RESOLVE.equals(effective)) {
                continue;
            }
            List<String> unresolvedProviders = new ArrayList<>();
            boolean resolvedProvider = false;
            for (Bundle other : context.getBundles()) {
                BundleRevision candidate = other.adapt(BundleRevision.class);
                if (candidate == null) {
                    continue;
                }
                for (BundleCapability capability : candidate.getDeclaredCapabilities(requirement.getNamespace())) {
                    if (requirement.matches(capability)) {
                        if (other.getState() == Bundle.INSTALLED) {
                            unresolvedProviders.add(other.getSymbolicName());
                        } else {
                            resolvedProvider = true;
                        }
                    }
                }
            }
            String what = requirement.getNamespace() + " " + requirement.getDirectives().get(Constants.FILTER_DIRECTIVE);
            if (!resolvedProvider && unresolvedProviders.isEmpty()) {
                missing.add(what);
            } else if (!resolvedProvider) {
                waiting.add(what + " (offered only by unresolved " + String.join(", ", unresolvedProviders) + ")");
            }
        }
        if (!missing.isEmpty()) {
            return "nothing offers " + String.join("; ", missing);
        }
        return waiting.isEmpty()
                ? "every requirement is offered by a resolved bundle, so a uses constraint conflicts"
                : "it needs " + String.join("; ", waiting);
    }

    private static void stop(Framework framework) {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException ignored) {
            // a check framework that will not stop cleanly is deleted all the same
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
