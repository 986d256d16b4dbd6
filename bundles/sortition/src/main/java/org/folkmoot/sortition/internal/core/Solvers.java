package org.folkmoot.sortition.internal.core;

import java.nio.file.Path;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native solvers once. On a plain class path OR-Tools unpacks them itself; inside
 * OSGi its loader cannot read a bundle's class path, so the component unpacks them and calls
 * {@link #loadFrom(Path)} first.
 */
public final class Solvers {
    private static boolean loaded;

    private Solvers() {
    }

    public static synchronized void ensureLoaded() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** Loads {@code libjniortools.so} from a directory holding it and the libraries it links to. */
    public static synchronized void loadFrom(Path directory) {
        if (!loaded) {
            System.load(directory.resolve(System.mapLibraryName("jniortools")).toAbsolutePath().toString());
            loaded = true;
        }
    }
}
