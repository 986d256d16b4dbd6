package org.folkmoot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.folkmoot.launcher.Main.LauncherException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * The platform bundles: {@code bundle/N/*.jar} start at start level N, so SPI Fly (1) is there
 * before slf4j (2), and both before everything else (3) and Folkmoot's own bundles (4).
 * Modules in {@code deploy/} start last, at level 5, when FileInstall finds them.
 */
final class Platform {

    private Platform() {
    }

    static List<Path> jars(Path bundleDir) {
        try (Stream<Path> files = Files.walk(bundleDir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new LauncherException("Cannot read the platform bundles in " + bundleDir + ": " + e.getMessage(), e);
        }
    }

    static int startLevel(Path bundleDir, Path jar) {
        Path relative = bundleDir.relativize(jar);
        if (relative.getNameCount() > 1) {
            try {
                return Integer.parseInt(relative.getName(0).toString());
            } catch (NumberFormatException ignored) {
                // a folder that is not a level: the default
            }
        }
        return 3;
    }

    static List<Bundle> install(BundleContext context, Path bundleDir) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars(bundleDir)) {
            // reference: installs the jar where it lies, rather than copying it into the cache at every start.
            Bundle bundle = context.installBundle("reference:" + jar.toUri());
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel(bundleDir, jar));
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
            installed.add(bundle);
        }
        return installed;
    }

    /** A platform bundle that did not start is a broken installation: say which. */
    static void reportFailures(List<Bundle> bundles, PrintStream err) {
        for (Bundle bundle : bundles) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                err.println("WARNING: platform bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                        + " is not active (state " + bundle.getState() + "). Run 'bin/folkmoot check-features' to see why.");
            }
        }
    }
}
