package org.folkmoot.connector.decidim.internal.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one Decidim site's API offers, read from its schema by introspection rather than assumed from a
 * version number (which 0.28 and later may not disclose). Queries ask only for fields the site has.
 *
 * @param fields  the field names of each object type that was asked about
 * @param args    the arguments of each field of those types ({@code Proposals.proposals}), with the input type
 *                each takes (empty for a scalar)
 * @param inputs  the fields of the input types the list fields' filters take ({@code ProposalFilter})
 * @param version the version the site discloses, or empty
 */
public record SchemaFeatures(Map<String, Set<String>> fields, Map<String, Map<String, String>> args,
        Map<String, Set<String>> inputs, Optional<String> version) {

    /** The object types whose fields the reader needs to know. */
    public static final List<String> TYPES = List.of("Query", "Proposal", "Debate", "Meeting", "Result", "Comment",
            "LocalizedString", "ParticipatoryProcess", "Assembly", "Author", "Proposals", "Debates", "Meetings",
            "Accountability");

    public SchemaFeatures {
        fields = Map.copyOf(fields);
        args = Map.copyOf(args);
        inputs = Map.copyOf(inputs);
        version = version == null ? Optional.empty() : version;
    }

    /** Whether a field takes an argument: a component's list may not take {@code order} or {@code filter}. */
    public boolean accepts(String type, String field, String argument) {
        return args.getOrDefault(type + "." + field, Map.of()).containsKey(argument);
    }

    /** Whether a field's {@code filter} argument has this input field, such as {@code publishedSince}. */
    public boolean filters(String type, String field, String inputField) {
        String input = args.getOrDefault(type + "." + field, Map.of()).getOrDefault("filter", "");
        return !input.isEmpty() && inputs.getOrDefault(input, Set.of()).contains(inputField);
    }

    public boolean has(String type, String field) {
        return fields.getOrDefault(type, Set.of()).contains(field);
    }

    /** Whether the site's schema has this type at all (the accountability module may not be installed). */
    public boolean hasType(String type) {
        return !fields.getOrDefault(type, Set.of()).isEmpty();
    }

    /** 0.28 and later: taxonomies instead of categories. */
    public boolean taxonomies() {
        return has("Proposal", "taxonomies");
    }

    /** 0.27 and earlier: categories. */
    public boolean categories() {
        return has("Proposal", "category");
    }

    /** 0.29 and later call endorsements likes. */
    public boolean likes() {
        return has("Proposal", "likesCount") || has("Proposal", "likes");
    }

    /** A short description for officers: version and the differences that matter. */
    public String summary() {
        StringBuilder s = new StringBuilder(version.map(v -> "Decidim " + v).orElse("Decidim (version not disclosed)"));
        s.append(taxonomies() ? "; taxonomies" : categories() ? "; categories" : "");
        s.append(likes() ? "; likes" : has("Proposal", "endorsementsCount") ? "; endorsements" : "");
        if (!has("LocalizedString", "machineTranslated")) {
            s.append("; no machine-translation flags");
        }
        return s.toString();
    }
}
