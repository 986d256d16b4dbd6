package org.folkmoot.connector.decidim.internal.client;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a GraphQL query answered: its data, possibly partial, and the errors that came with it. A field
 * that failed is {@code null} in the data and has an error naming its path; the rest is good and used.
 *
 * @param data   the {@code data} object; never null (an empty object when the site sent none)
 * @param errors the {@code errors} array, in order
 */
public record GraphqlAnswer(JsonNode data, List<Error> errors) {

    public GraphqlAnswer {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One entry of {@code errors}: its message and its path joined with '/', such as {@code component/items/nodes/3/author}. */
    public record Error(String message, String path) {
    }

    /** The paths that failed, for the reader to tell a missing field from a failed one. */
    public Set<String> errorPaths() {
        return errors.stream().map(Error::path).filter(p -> !p.isEmpty()).collect(Collectors.toSet());
    }

    /** True when some error was about this path or anything under it. */
    public boolean failedAt(String path) {
        return errors.stream().anyMatch(e -> e.path().equals(path) || e.path().startsWith(path + "/"));
    }

    public boolean partial() {
        return !errors.isEmpty();
    }
}
