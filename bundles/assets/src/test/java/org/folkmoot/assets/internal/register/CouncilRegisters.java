package org.folkmoot.assets.internal.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Councils' published land and assets registers, from the repository's {@code bundles/testdata/council-assets}
 * (gzipped as published; origin and licence in {@code bundles/testdata/README.md}), found from the working
 * directory up (a bundle's folder under Maven, the repository root for the benchmark).
 */
public final class CouncilRegisters {
    public static final Path DIR = testdata().resolve("council-assets");

    private CouncilRegisters() {
    }

    private static Path testdata() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bundles/testdata/README.md"))) {
                return p.resolve("bundles/testdata");
            }
        }
        throw new IllegalStateException("no bundles/testdata/ in " + Path.of("").toAbsolutePath() + " or above it");
    }

    /** The register's bytes exactly as the council published them (e.g. Windows-1252). */
    public static byte[] read(String file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DIR.resolve(file + ".gz")))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " from " + DIR, e);
        }
    }
}
