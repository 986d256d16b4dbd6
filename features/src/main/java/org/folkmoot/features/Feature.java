package org.folkmoot.features;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One module a council can enable, read from an OSGi Feature (OSGi Compendium R8, chapter 160)
 * JSON file, {@code features/<module>.json}: its bundles, the first being the module itself, and
 * its default configurations.
 */
public record Feature(String module, String id, String name, String description, List<Artifact> bundles,
               Map<String, Map<String, Object>> configurations) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Maven coordinate {@code group:artifact:version}, stored in {@code system/} in the Maven layout. */
    public record Artifact(String group, String artifact, String version) {

        public static Artifact parse(String id) {
            String[] parts = id.split(":");
            if (parts.length != 3 && parts.length != 4) {
                throw new InstallationException("Bundle id '" + id + "' is not group:artifact:version.");
            }
            return new Artifact(parts[0], parts[1], parts[parts.length - 1]);
        }

        public String fileName() {
            return artifact + "-" + version + ".jar";
        }

        public Path in(Path system) {
            return system.resolve(group.replace('.', '/')).resolve(artifact).resolve(version).resolve(fileName());
        }
    }

    public static Feature read(Path file) {
        String module = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<Artifact> bundles = new ArrayList<>();
            for (JsonNode bundle : root.path("bundles")) {
                bundles.add(Artifact.parse(bundle.isTextual() ? bundle.asText() : bundle.path("id").asText()));
            }
            if (bundles.isEmpty()) {
                throw new InstallationException("Feature " + file + " lists no bundles.");
            }
            Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
            root.path("configurations").fields().forEachRemaining(entry -> configurations.put(entry.getKey(),
                    JSON.convertValue(entry.getValue(), JSON.getTypeFactory()
                            .constructMapType(LinkedHashMap.class, String.class, Object.class))));
            return new Feature(module, root.path("id").asText(), root.path("name").asText(module),
                    root.path("description").asText(""), List.copyOf(bundles), configurations);
        } catch (IOException e) {
            throw new InstallationException("Feature " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    public Artifact moduleBundle() {
        return bundles.get(0);
    }

    /** {@code pid} or factory {@code pid~name}, as FileInstall names the file: {@code pid.cfg} or {@code pid-name.cfg}. */
    public static String configFileName(String pid) {
        return pid.replace('~', '-') + ".cfg";
    }
}
