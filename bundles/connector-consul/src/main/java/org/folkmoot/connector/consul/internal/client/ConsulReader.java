package org.folkmoot.connector.consul.internal.client;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the queries a sync needs and reads their answers. Field names are CONSUL's snake_case ones
 * ({@code public_author}, {@code public_created_at}), which every version of its API answers (newer versions also
 * have camelCase names and mark the snake_case ones deprecated, but keep them). Each query asks for one
 * collection only, well under CONSUL's limits of depth 8 and two collections a query.
 */
public final class ConsulReader {

    /** CONSUL's largest page (and its default). */
    public static final int PAGE = 25;
    private static final String AUTHOR = "public_author { id username }";
    private static final DateTimeFormatter RAILS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ XXX][ 'UTC']");

    private final ConsulClient client;

    public ConsulReader(ConsulClient client) {
        this.client = client;
    }

    /** One page of a collection, from after {@code cursor} (null for the first). */
    public Page page(ItemType type, String cursor) throws SourceException, InterruptedException {
        String after = cursor == null ? "" : ", after: " + quote(cursor);
        return read(type, client.query("{ " + type.collection() + "(first: " + PAGE + after + ") { pageInfo { hasNextPage endCursor } "
                + "edges { node { " + fields(type) + " } } } }"), cursor);
    }

    /**
     * A page of a collection as the site answered it (also a recorded answer, as the demo's).
     *
     * @param cursor where the page started: the next starts there again when the answer gives no end cursor
     */
    public static Page read(ItemType type, Answer answer, String cursor) throws SourceException {
        JsonNode list = answer.data().path(type.collection());
        if (!list.isObject()) {
            throw new SourceException("The site gave no " + type.collection() + (answer.errors().isEmpty() ? ""
                    : ": " + answer.errors().get(0).message()), "The site's API may have changed or be failing: the next sync "
                            + "tries again; if it lasts, tell Folkmoot's maintainers with this message");
        }
        List<ConsulItem> items = new ArrayList<>();
        boolean complete = true;
        JsonNode edges = list.path("edges");
        for (int i = 0; i < edges.size(); i++) {
            String path = type.collection() + "/edges/" + i + "/node";
            JsonNode node = edges.get(i).path("node");
            if (!node.isObject() || node.path("id").isMissingNode() || node.path("id").isNull()) {
                complete = false; // an item that failed to load: nothing is taken as gone on its account
                continue;
            }
            items.add(item(type, node, answer, path));
        }
        JsonNode info = list.path("pageInfo");
        String end = info.path("endCursor").isTextual() ? info.path("endCursor").asText() : cursor;
        List<String> messages = answer.errors().stream().map(e -> e.message() + (e.path().isEmpty() ? "" : " (" + e.path() + ")"))
                .toList();
        return new Page(items, end, info.path("hasNextPage").asBoolean(false), complete, messages);
    }

    /**
     * One item by id: present when the site shows it, empty when it answers that there is no such item (moderated,
     * deleted, or no longer public): {@code null} with a "not found" error, or no data at all (the answer of CONSUL's
     * controller when the look-up raised). A failure to ask is a {@link SourceException}, never an empty answer.
     */
    public Optional<ConsulItem> one(ItemType type, String id) throws SourceException, InterruptedException {
        Answer answer;
        try {
            answer = client.query("{ " + type.id() + "(id: " + quote(id) + ") { " + fields(type) + " } }");
        } catch (ConsulClient.NotThere noData) {
            return Optional.empty();
        }
        JsonNode node = answer.data().path(type.id());
        if (node.isObject() && !node.path("id").isNull() && !node.path("id").isMissingNode()) {
            return Optional.of(item(type, node, answer, type.id()));
        }
        boolean notFound = answer.errors().isEmpty() || answer.errors().stream()
                .anyMatch(e -> e.message().toLowerCase(java.util.Locale.ROOT).contains("find")
                        || e.message().toLowerCase(java.util.Locale.ROOT).contains("not found"));
        if (!notFound) {
            throw new SourceException("The site could not show " + type.id() + " " + id + ": " + answer.errors().get(0).message(),
                    "Nothing is hidden on its account; the next sync asks again");
        }
        return Optional.empty();
    }

    static String fields(ItemType type) {
        return switch (type) {
            case PROPOSAL -> "id title summary description public_created_at retired_at " + AUTHOR;
            case DEBATE -> "id title description public_created_at " + AUTHOR;
            case COMMENT -> "id body ancestry commentable_id commentable_type public_created_at " + AUTHOR;
        };
    }

    private static ConsulItem item(ItemType type, JsonNode node, Answer answer, String path) {
        String id = node.path("id").asText();
        JsonNode a = node.path("public_author");
        ConsulItem.Author author;
        if (a.isObject() && !a.path("id").isNull() && !a.path("id").isMissingNode()) {
            author = new ConsulItem.Author(a.path("id").asText(), a.path("username").isNull() || a.path("username").asText().isBlank(),
                    false);
        } else if (answer.failedAt(path + "/public_author")) {
            author = ConsulItem.Author.UNKNOWN;
        } else {
            author = ConsulItem.Author.PRIVATE;
        }
        ItemType rootType = null;
        String rootId = null;
        String parentId = null;
        if (type == ItemType.COMMENT) {
            rootType = ItemType.commentable(node.path("commentable_type").asText("")).orElse(null);
            rootId = node.path("commentable_id").isNull() ? null : node.path("commentable_id").asText(null);
            String ancestry = node.path("ancestry").isTextual() ? node.path("ancestry").asText().strip() : "";
            parentId = ancestry.isEmpty() ? null : ancestry.substring(ancestry.lastIndexOf('/') + 1);
        }
        boolean retired = node.path("retired_at").isTextual() && !node.path("retired_at").asText().isBlank();
        return new ConsulItem(type, id, text(node, "title"), text(node, "summary"),
                text(node, type == ItemType.COMMENT ? "body" : "description"), author, instant(text(node, "public_created_at")),
                retired, rootType, rootId, parentId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : "";
    }

    /** CONSUL's dates: ISO 8601, or Ruby's {@code 2024-03-04 09:00:00 UTC} / {@code +0100}; null when unreadable. */
    static Instant instant(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notIso) {
            // CONSUL's String fields carry Ruby's Time#to_s
        }
        try {
            String normal = v.replaceFirst(" ([+-]\\d\\d)(\\d\\d)$", " $1:$2");
            java.time.temporal.TemporalAccessor t = RAILS.parse(normal);
            LocalDateTime local = LocalDateTime.from(t);
            ZoneOffset offset = t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(t) : ZoneOffset.UTC;
            return local.toInstant(offset);
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * One page of a collection.
     *
     * @param items    the items that loaded
     * @param cursor   where the next page starts
     * @param hasNext  whether there is one
     * @param complete false when an item on it failed to load
     * @param problems the site's error messages, with their paths
     */
    public record Page(List<ConsulItem> items, String cursor, boolean hasNext, boolean complete, List<String> problems) {
    }
}
