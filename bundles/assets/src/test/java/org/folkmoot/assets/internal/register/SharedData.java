package org.folkmoot.assets.internal.register;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds ../shared/data: from the system property the pom sets, else by walking up from here. */
final class SharedData {
    private SharedData() {
    }

    static Path councilAssets(String file) {
        String prop = System.getProperty("folkmoot.shared.data");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop, "council-assets", file);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate.resolve("council-assets").resolve(file);
            }
        }
        throw new IllegalStateException("cannot find shared/data next to the repository");
    }
}
