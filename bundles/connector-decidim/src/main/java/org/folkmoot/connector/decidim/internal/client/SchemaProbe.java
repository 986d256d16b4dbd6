package org.folkmoot.connector.decidim.internal.client;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Learns a site's {@link SchemaFeatures} with one introspection query (and one more for a disclosed version). */
public final class SchemaProbe {

    private SchemaProbe() {
    }

    public static SchemaFeatures probe(GraphqlClient client) throws SourceException, InterruptedException {
        StringBuilder q = new StringBuilder("query {");
        for (int i = 0; i < SchemaFeatures.TYPES.size(); i++) {
            q.append(" t").append(i).append(": __type(name: \"").append(SchemaFeatures.TYPES.get(i))
                    .append("\") { fields { name } interfaces { name } }");
        }
        q.append(" }");
        GraphqlAnswer answer = client.query(q.toString(), Map.of());
        Map<String, Set<String>> fields = new HashMap<>();
        for (int i = 0; i < SchemaFeatures.TYPES.size(); i++) {
            Set<String> names = new HashSet<>();
            for (JsonNode f : answer.data().path("t" + i).path("fields")) {
                names.add(f.path("name").asText());
            }
            fields.put(SchemaFeatures.TYPES.get(i), names);
        }
        if (fields.get("Query").isEmpty()) {
            throw new SourceException("The site's API does not describe itself (introspection is off or this is not Decidim)",
                    "Check url (and apiUrl) in the site's configuration point at a Decidim site's /api");
        }
        Optional<String> version = Optional.empty();
        if (fields.get("Query").contains("decidim")) {
            JsonNode v = client.query("query { decidim { version } }", Map.of()).data().path("decidim").path("version");
            version = v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
        }
        return new SchemaFeatures(fields, version);
    }

}
