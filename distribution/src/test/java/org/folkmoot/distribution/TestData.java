package org.folkmoot.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The repository's {@code bundles/testdata/} (real public data and generated pools; origin and licence in
 * {@code bundles/testdata/README.md}), found from the working directory up. Nothing outside the repository.
 */
final class TestData {
    private TestData() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bundles/testdata/README.md"))) {
                return p.resolve("bundles/testdata");
            }
        }
        throw new IllegalStateException("no bundles/testdata/ in " + Path.of("").toAbsolutePath() + " or above it");
    }

    /** A gzipped file's bytes as first published, e.g. {@code council-assets/x.csv} from {@code x.csv.gz}. */
    static byte[] gunzipped(String file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir().resolve(file + ".gz")))) {
            return in.readAllBytes();
        }
    }
}
