package org.folkmoot.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Files a test made and leaves behind. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Deletes a folder and everything in it, deepest first; a file that cannot be deleted is left. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
