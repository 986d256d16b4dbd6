package org.folkmoot.search.internal.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Real text for tests and benchmarks from the repository's {@code bundles/testdata/} (gzipped; origin and
 * licence in {@code bundles/testdata/README.md}), found from the working directory up. The runtime never
 * reads it.
 */
public final class TestData {

    private TestData() {
    }

    /** 18,202 Welsh sentences (techiaith corpws-CC0, CC0 1.0), one a line. */
    public static List<String> welshSentences() throws IOException {
        try (BufferedReader in = reader("welsh/cc0_cy_sentences.txt.gz")) {
            return in.lines().toList();
        }
    }

    /** 4,134 UK Parliament petitions (OGL v3.0), one JSON object a line: id, action, background, additional_details. */
    public static BufferedReader petitions() throws IOException {
        return reader("petitions/petitions_corpus_4134.jsonl.gz");
    }

    private static BufferedReader reader(String file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(dir().resolve(file))),
                StandardCharsets.UTF_8));
    }

    private static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bundles/testdata/README.md"))) {
                return p.resolve("bundles/testdata");
            }
        }
        throw new IllegalStateException("no bundles/testdata/ in " + Path.of("").toAbsolutePath() + " or above it");
    }
}
