package org.folkmoot.connector.consul.internal.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a query answered: its data, possibly partial, and the {@code errors} that came with it. A field that
 * failed is {@code null} in the data and has an error naming its path; the rest is good and is used.
 *
 * @param data   the {@code data} object; an empty object when the site sent none
 * @param errors the {@code errors} array: each message with its path joined by '/'
 *               ({@code proposals/edges/3/node/public_author})
 */
public record Answer(JsonNode data, List<Problem> errors) {

    /** One entry of {@code errors}. */
    public record Problem(String message, String path) {
    }

    public Answer {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** True when an error was about this path or anything under it. */
    public boolean failedAt(String path) {
        return errors.stream().anyMatch(e -> e.path().equals(path) || e.path().startsWith(path + "/"));
    }
}
