package org.folkmoot.search.internal.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates ../shared/data (test data only; the runtime never reads it). */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir() {
        String prop = System.getProperty("folkmoot.shared.data");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find ../shared/data; set -Dfolkmoot.shared.data");
    }

    public static Path welshSentences() {
        return dir().resolve("welsh/cc0_cy_sentences.txt");
    }

    public static Path petitions() {
        return dir().resolve("petitions/petitions_corpus_4134.jsonl");
    }
}
