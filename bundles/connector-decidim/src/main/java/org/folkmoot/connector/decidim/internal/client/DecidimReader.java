package org.folkmoot.connector.decidim.internal.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.folkmoot.connector.decidim.internal.item.Component;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.ItemRef;
import org.folkmoot.connector.decidim.internal.item.ItemType;
import org.folkmoot.connector.decidim.internal.item.Space;
import org.folkmoot.connector.decidim.internal.item.Translation;
import org.folkmoot.connector.decidim.internal.item.Translations;
import org.folkmoot.connector.decidim.internal.site.DecidimSite;

/**
 * Reads a Decidim site's public API into {@link DecidimItem}s: its spaces and components, pages of items
 * (at most {@value #PAGE} a page, in id order, optionally published since a day), the light listing a
 * reconcile compares, and one item with its whole comment tree. Queries are built from the site's
 * {@link SchemaFeatures}, asking only for fields it has. Partial answers are used for what they hold:
 * an item whose author failed to load is an item with a deleted author; an item that failed to load makes
 * its page incomplete, so that nothing is taken as gone on its account.
 */
public final class DecidimReader {

    /** Items a page: Decidim's connections allow 50 at most. */
    public static final int PAGE = 50;
    /** Comment levels asked for: Decidim allows replies three deep below a top-level comment. */
    static final int COMMENT_DEPTH = 4;

    private final DecidimSite site;
    private final GraphqlClient client;
    private final SchemaFeatures schema;
    private final Clock clock;

    public DecidimReader(DecidimSite site, GraphqlClient client, SchemaFeatures schema, Clock clock) {
        this.site = site;
        this.client = client;
        this.schema = schema;
        this.clock = clock;
    }

    public SchemaFeatures schema() {
        return schema;
    }

    /** Every followed component of every followed public space, in component id order. */
    public Listing components() throws SourceException, InterruptedException {
        StringBuilder q = new StringBuilder("query {");
        List<Space.Type> asked = new ArrayList<>();
        for (Space.Type type : Space.Type.values()) {
            if (!schema.has("Query", type.query())) {
                continue;
            }
            String object = type == Space.Type.ASSEMBLY ? "Assembly" : "ParticipatoryProcess";
            asked.add(type);
            q.append(' ').append(type.query()).append(" { id").append(schema.has(object, "slug") ? " slug" : "")
                    .append(" title { ").append(translations()).append(" } components { id __typename name { ")
                    .append(translations()).append(" } } }");
        }
        q.append(" }");
        GraphqlAnswer answer = client.query(q.toString(), Map.of());
        List<ComponentRef> out = new ArrayList<>();
        boolean complete = true;
        for (Space.Type type : asked) {
            JsonNode spaces = answer.data().path(type.query());
            if (!spaces.isArray()) {
                complete = false;
                continue;
            }
            for (int i = 0; i < spaces.size(); i++) {
                JsonNode s = spaces.get(i);
                if (s.isNull()) {
                    complete = false;
                    continue;
                }
                Space space = new Space(type, s.path("id").asText(), s.path("slug").asText(""), translations(s.path("title")));
                if (!site.follows(space)) {
                    continue;
                }
                JsonNode components = s.path("components");
                if (!components.isArray() || answer.failedAt(type.query() + "/" + i + "/components")) {
                    complete = false;
                }
                for (JsonNode c : components) {
                    if (c.isNull()) {
                        complete = false;
                        continue;
                    }
                    Optional<ItemKind> kind = ItemKind.ofComponent(c.path("__typename").asText());
                    if (kind.isPresent() && schema.hasType(kind.get().object)) {
                        out.add(new ComponentRef(space, new Component(c.path("id").asText(), translations(c.path("name"))),
                                kind.get().type));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((ComponentRef c) -> numeric(c.component().id())).thenComparing(c -> c.component().id()));
        return new Listing(out, messages(answer), complete && !answer.partial());
    }

    /** A page of a component's items with their text, optionally those published since a day (Decidim filters by day). */
    public ConnectionPage<DecidimItem> items(ComponentRef component, String after, LocalDate publishedSince)
            throws SourceException, InterruptedException {
        ItemKind kind = ItemKind.of(component.holds());
        // a withdrawn item is left out: it is not taken in, and a reconcile hides it if it was
        return page(component, itemFields(kind), after, publishedSince,
                (n, answer, path) -> withdrawn(n) ? null : item(component, kind, n, answer, path));
    }

    /** A page of what a reconcile compares: ids, dates and counts, no text. */
    public ConnectionPage<ItemSummary> summaries(ComponentRef component, String after)
            throws SourceException, InterruptedException {
        ItemKind kind = ItemKind.of(component.holds());
        return page(component, summaryFields(kind), after, null, (n, answer, path) -> new ItemSummary(kind.type,
                n.path("id").asText(), instant(n.path("updatedAt")),
                n.path("versionsCount").isInt() ? n.path("versionsCount").asInt() : null, n.path("totalCommentsCount").asInt(0),
                authorDeleted(n, answer, path), withdrawn(n)));
    }

    /** Reads one node of a connection at its path in the answer; null leaves it out. */
    @FunctionalInterface
    private interface NodeReader<T> {
        T read(JsonNode node, GraphqlAnswer answer, String path);
    }

    /** One page of a component's items (at most {@value #PAGE}, in id order) with the fields asked for. */
    private <T> ConnectionPage<T> page(ComponentRef component, String fields, String after, LocalDate publishedSince,
            NodeReader<T> reader) throws SourceException, InterruptedException {
        ItemKind kind = ItemKind.of(component.holds());
        // only what the site's list takes: Decidim added ordering and filters to some components later than others
        boolean filtered = publishedSince != null && schema.filters(kind.component, kind.list, "publishedSince");
        String order = schema.accepts(kind.component, kind.list, "order") ? ", order: { id: \"asc\" }" : "";
        String q = "query($component: ID!, $after: String" + (filtered ? ", $since: String" : "") + ") {"
                + " component(id: $component) { ... on " + kind.component + " { items: " + kind.list + "(first: " + PAGE
                + ", after: $after" + order + (filtered ? ", filter: { publishedSince: $since }" : "")
                + ") { pageInfo { endCursor hasNextPage } nodes { " + fields + " } } } } }";
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("component", component.component().id());
        vars.put("after", after);
        if (filtered) {
            vars.put("since", publishedSince.toString());
        }
        GraphqlAnswer answer = client.query(q, vars);
        JsonNode connection = answer.data().path("component").path("items");
        List<T> out = new ArrayList<>();
        boolean complete = connection.isObject();
        JsonNode nodes = connection.path("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            if (n.isNull() || n.path("id").isMissingNode()) {
                complete = false; // it failed to load: it may still be there
                continue;
            }
            T read = reader.read(n, answer, "component/items/nodes/" + i);
            if (read != null) {
                out.add(read);
            }
        }
        JsonNode info = connection.path("pageInfo");
        return new ConnectionPage<>(out, textOrNull(info.path("endCursor")), info.path("hasNextPage").asBoolean(false),
                messages(answer), complete);
    }

    /** One item with every comment on it; empty when the site no longer shows it. */
    public Optional<ItemThread> thread(ComponentRef component, String id) throws SourceException, InterruptedException {
        ItemKind kind = ItemKind.of(component.holds());
        String q = "query($component: ID!, $id: ID!) { component(id: $component) { ... on " + kind.component + " { item: "
                + kind.one + "(id: $id) { " + itemFields(kind) + " " + commentTree(COMMENT_DEPTH) + " } } } }";
        GraphqlAnswer answer = client.query(q, Map.of("component", component.component().id(), "id", id));
        JsonNode n = answer.data().path("component").path("item");
        if (!n.isObject()) {
            if (answer.failedAt("component/item") || answer.failedAt("component")) {
                throw new SourceException("The site failed to send " + kind.type.id() + " " + id + ": "
                        + String.join("; ", messages(answer)), "Nothing to do: the next sync tries it again");
            }
            return Optional.empty();
        }
        DecidimItem item = item(component, kind, n, answer, "component/item");
        List<DecidimItem> comments = new ArrayList<>();
        boolean complete = comments(component, item, new ItemRef(kind.type, item.id()), n.path("comments"), answer,
                "component/item/comments", 1, comments);
        return Optional.of(new ItemThread(item, withdrawn(n), comments, complete, messages(answer)));
    }

    private boolean comments(ComponentRef component, DecidimItem root, ItemRef parent, JsonNode list, GraphqlAnswer answer,
            String path, int depth, List<DecidimItem> out) {
        if (!list.isArray()) {
            return !answer.failedAt(path);
        }
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String at = path + "/" + i;
            if (c.isNull()) {
                complete = false;
                continue;
            }
            String id = c.path("id").asText();
            Instant created = Optional.ofNullable(instant(c.path("createdAt"))).orElse(root.createdAt());
            boolean deleted = authorDeleted(c, answer, at);
            DecidimItem comment = new DecidimItem(site.url(), component.space(), component.component(), ItemType.COMMENT, id,
                    parent, Translations.NONE, Translations.human("und", c.path("body").asText("")),
                    deleted ? null : textOrNull(c.path("author").path("id")), deleted, null, created, null,
                    root.url() + "?commentId=" + id + "#comment_" + id, null, c.path("comments").size());
            out.add(comment);
            if (depth < COMMENT_DEPTH) {
                complete &= comments(component, root, new ItemRef(ItemType.COMMENT, id), c.path("comments"), answer,
                        at + "/comments", depth + 1, out);
            } else if (c.path("hasComments").asBoolean(false)) {
                complete = false; // deeper than Decidim allows: do not take what we could not see as gone
            }
        }
        return complete;
    }

    private DecidimItem item(ComponentRef component, ItemKind kind, JsonNode n, GraphqlAnswer answer, String path) {
        String id = n.path("id").asText();
        Instant created = instant(n.path("createdAt"));
        Instant published = instant(n.path("publishedAt"));
        Instant updated = instant(n.path("updatedAt"));
        Instant when = created != null ? created : published != null ? published : updated != null ? updated : clock.instant();
        boolean deleted = authorDeleted(n, answer, path);
        return new DecidimItem(site.url(), component.space(), component.component(), kind.type, id, null,
                translations(n.path("title")), translations(n.path(kind.body)),
                deleted ? null : textOrNull(n.path("author").path("id")), deleted, published, when, updated,
                url(component, kind, id), n.path("versionsCount").isInt() ? n.path("versionsCount").asInt() : null,
                n.path("totalCommentsCount").asInt(0), topics(n));
    }

    /** Where the item lives on the site: {@code /processes/<slug>/f/<component>/proposals/<id>}. */
    private String url(ComponentRef c, ItemKind kind, String id) {
        String space = c.space().slug().isEmpty() ? c.space().id() : c.space().slug();
        return site.url() + "/" + c.space().type().path() + "/" + space + "/f/" + c.component().id() + "/" + kind.list + "/" + id;
    }

    private String itemFields(ItemKind kind) {
        StringBuilder f = new StringBuilder("id");
        if (schema.has(kind.object, "title")) {
            f.append(" title { ").append(translations()).append(" }");
        }
        if (schema.has(kind.object, kind.body)) {
            f.append(' ').append(kind.body).append(" { ").append(translations()).append(" }");
        }
        for (String plain : List.of("publishedAt", "createdAt", "updatedAt", "versionsCount", "totalCommentsCount",
                "withdrawn", "state")) {
            if (schema.has(kind.object, plain)) {
                f.append(' ').append(plain);
            }
        }
        if (schema.has(kind.object, "taxonomies")) {
            f.append(" taxonomies { name { ").append(translations()).append(" } }");
        } else if (schema.has(kind.object, "category")) {
            f.append(" category { name { ").append(translations()).append(" } }");
        }
        return f.append(author(kind.object)).toString();
    }

    /** What the site files an item under: its taxonomies (0.28+) or its category (0.27), as written. */
    private static List<String> topics(JsonNode n) {
        List<String> out = new ArrayList<>();
        List<JsonNode> named = new ArrayList<>();
        n.path("taxonomies").forEach(named::add);
        if (n.path("category").isObject()) {
            named.add(n.path("category"));
        }
        for (JsonNode t : named) {
            translations(t.path("name")).original().ifPresent(name -> out.add(name.text()));
        }
        return out;
    }

    private String summaryFields(ItemKind kind) {
        StringBuilder f = new StringBuilder("id");
        for (String plain : List.of("updatedAt", "versionsCount", "totalCommentsCount", "withdrawn", "state")) {
            if (schema.has(kind.object, plain)) {
                f.append(' ').append(plain);
            }
        }
        return f.append(author(kind.object)).toString();
    }

    private String author(String object) {
        if (!schema.has(object, "author")) {
            return "";
        }
        return " author { id" + (schema.has("Author", "deleted") ? " deleted" : "") + " }";
    }

    private String commentTree(int depth) {
        String fields = "id body createdAt author { id" + (schema.has("Author", "deleted") ? " deleted" : "") + " }"
                + (schema.has("Comment", "hasComments") ? " hasComments" : "");
        String tree = "comments { " + fields + " }";
        for (int d = 1; d < depth; d++) {
            tree = "comments { " + fields + " " + tree + " }";
        }
        return tree;
    }

    private String translations() {
        return "translations { locale text" + (schema.has("LocalizedString", "machineTranslated") ? " machineTranslated" : "")
                + " }";
    }

    private static Translations translations(JsonNode field) {
        List<Translation> out = new ArrayList<>();
        for (JsonNode t : field.path("translations")) {
            if (t.isObject() && t.hasNonNull("locale")) {
                out.add(new Translation(t.path("locale").asText(), t.path("text").asText(""),
                        t.path("machineTranslated").asBoolean(false)));
            }
        }
        return new Translations(out);
    }

    /** The author's account is deleted: the site says so, or the author failed to load (Decidim answers null with an error). */
    private static boolean authorDeleted(JsonNode n, GraphqlAnswer answer, String path) {
        JsonNode author = n.path("author");
        if (author.isObject()) {
            return author.path("deleted").asBoolean(false);
        }
        return author.isNull() && answer.failedAt(path + "/author");
    }

    private static boolean withdrawn(JsonNode n) {
        return n.path("withdrawn").asBoolean(false) || "withdrawn".equals(n.path("state").asText(""));
    }

    private static Instant instant(JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        String text = value.asText().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                // Decidim's DateTime scalar: "2024-03-01 09:00:00 UTC" in some versions
                return OffsetDateTime.parse(text.replace(" UTC", "Z").replaceFirst(" ", "T")).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String textOrNull(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** The errors to report: not those that only said an author's account is gone (used above as such). */
    private static List<String> messages(GraphqlAnswer answer) {
        return answer.errors().stream().filter(e -> !e.path().endsWith("/author")).map(e -> e.path().isEmpty() ? e.message() : e.message() + " (" + e.path() + ")")
                .toList();
    }

    private static long numeric(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
