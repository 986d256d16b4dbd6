package org.folkmoot.connector.decidim.internal.client;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Learns a site's {@link SchemaFeatures} by introspection: the fields (and their arguments) of the types the
 * reader uses, then the fields of the filters its lists take, then the version if the site discloses it.
 */
public final class SchemaProbe {

    private SchemaProbe() {
    }

    public static SchemaFeatures probe(GraphqlClient client) throws SourceException, InterruptedException {
        StringBuilder q = new StringBuilder("query {");
        for (int i = 0; i < SchemaFeatures.TYPES.size(); i++) {
            q.append(" t").append(i).append(": __type(name: \"").append(SchemaFeatures.TYPES.get(i))
                    .append("\") { fields { name args { name type { name ofType { name } } } } }");
        }
        q.append(" }");
        GraphqlAnswer answer = client.query(q.toString(), Map.of());
        Map<String, Set<String>> fields = new HashMap<>();
        Map<String, Map<String, String>> args = new HashMap<>();
        for (int i = 0; i < SchemaFeatures.TYPES.size(); i++) {
            String type = SchemaFeatures.TYPES.get(i);
            Set<String> names = new HashSet<>();
            for (JsonNode f : answer.data().path("t" + i).path("fields")) {
                names.add(f.path("name").asText());
                Map<String, String> taken = new HashMap<>();
                for (JsonNode a : f.path("args")) {
                    JsonNode t = a.path("type");
                    String input = t.path("name").isTextual() ? t.path("name").asText() : t.path("ofType").path("name").asText("");
                    taken.put(a.path("name").asText(), input);
                }
                args.put(type + "." + f.path("name").asText(), taken);
            }
            fields.put(type, names);
        }
        if (fields.get("Query").isEmpty()) {
            throw new SourceException("The site's API does not describe itself (introspection is off or this is not Decidim)",
                    "Check url (and apiUrl) in the site's configuration point at a Decidim site's /api");
        }
        Map<String, Set<String>> inputs = filters(client, args);
        Optional<String> version = Optional.empty();
        if (fields.get("Query").contains("decidim")) {
            JsonNode v = client.query("query { decidim { version } }", Map.of()).data().path("decidim").path("version");
            version = v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
        }
        return new SchemaFeatures(fields, args, inputs, version);
    }

    /** The input fields of every filter a field takes, in one query. */
    private static Map<String, Set<String>> filters(GraphqlClient client, Map<String, Map<String, String>> args)
            throws SourceException, InterruptedException {
        List<String> types = args.values().stream().map(a -> a.getOrDefault("filter", "")).filter(t -> t.matches("\\w+"))
                .distinct().sorted().toList();
        Map<String, Set<String>> inputs = new HashMap<>();
        if (types.isEmpty()) {
            return inputs;
        }
        StringBuilder q = new StringBuilder("query {");
        for (int i = 0; i < types.size(); i++) {
            q.append(" i").append(i).append(": __type(name: \"").append(types.get(i)).append("\") { inputFields { name } }");
        }
        JsonNode data = client.query(q.append(" }").toString(), Map.of()).data();
        for (int i = 0; i < types.size(); i++) {
            Set<String> names = new HashSet<>();
            data.path("i" + i).path("inputFields").forEach(f -> names.add(f.path("name").asText()));
            inputs.put(types.get(i), names);
        }
        return inputs;
    }

}
