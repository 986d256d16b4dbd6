package org.folkmoot.platform.internal.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.web.DateInput;
import org.folkmoot.api.privacy.Redactor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Lines schema of import and export (see the bundle README): one object a line with
 * {@code externalId} and {@code body} required, and {@code title}, {@code module}, {@code containerType},
 * {@code containerId}, {@code containerTitle}, {@code kind}, {@code language}, {@code locality},
 * {@code author}, {@code created} (ISO 8601), {@code tags} and {@code link} optional. Export adds {@code id},
 * {@code updated}, {@code sequence} and {@code page} (where it was said: the link, else its container's
 * page, else empty); import ignores them.
 */
public final class ContributionJson {

    public static final List<String> FIELDS = List.of("externalId", "body", "title", "module", "containerType",
            "containerId", "containerTitle", "kind", "language", "locality", "author", "created", "tags", "link");
    public static final List<String> EXPORT_FIELDS;

    static {
        List<String> f = new ArrayList<>(List.of("id"));
        f.addAll(FIELDS);
        f.addAll(List.of("updated", "sequence", "page"));
        EXPORT_FIELDS = List.copyOf(f);
    }

    private ContributionJson() {
    }

    /** Reads one import line; throws IllegalArgumentException with a message for the sender. */
    public static NewContribution parse(ObjectMapper mapper, String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("each line must be one JSON object");
        }
        String externalId = text(node, "externalId", true);
        String body = text(node, "body", true);
        String module = orDefault(text(node, "module", false), "import");
        Container container = new Container(orDefault(text(node, "containerType", false), "consultation"),
                orDefault(text(node, "containerId", false), module), text(node, "containerTitle", false));
        Instant created = null;
        String createdText = text(node, "created", false);
        if (createdText != null) {
            created = instant(createdText);
        }
        List<String> tags = new ArrayList<>();
        JsonNode t = node.get("tags");
        if (t != null && !t.isNull()) {
            if (!t.isArray()) {
                throw new IllegalArgumentException("tags must be an array of strings");
            }
            for (JsonNode tag : t) {
                if (!tag.isTextual()) {
                    throw new IllegalArgumentException("tags must be an array of strings");
                }
                tags.add(tag.asText());
            }
        }
        return new NewContribution(externalId, module, container, orDefault(text(node, "kind", false), "comment"),
                text(node, "title", false), body, text(node, "language", false), text(node, "locality", false),
                orDefault(text(node, "author", false), "anonymous"), created, tags, text(node, "link", false));
    }

    static Instant instant(String s) {
        return DateInput.instant("created", s);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return s;
    }

    private static String orDefault(String v, String d) {
        return v == null || v.isBlank() ? d : v;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * The published form of a contribution, in schema order: title and body redacted of personal data,
     * with labels in the contribution's language.
     *
     * @param page where it was said ({@link org.folkmoot.api.container.Containers#pageOf}), or empty
     */
    public static Map<String, Object> export(Contribution c, String page, Redactor redactor) {
        Map<String, Object> m = raw(c, page);
        m.put("body", redactor.redact(c.body(), c.language()));
        m.put("title", redactor.redact(c.title(), c.language()));
        m.put("containerTitle", redactor.redact(c.container().title(), c.language()));
        return m;
    }

    /** The form of a contribution as stored, for staff, with where it was said. */
    public static Map<String, Object> raw(Contribution c, String page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("externalId", c.externalId().isEmpty() ? "folkmoot:" + c.id() : c.externalId());
        m.put("body", c.body());
        m.put("title", c.title());
        m.put("module", c.module());
        m.put("containerType", c.container().type());
        m.put("containerId", c.container().id());
        m.put("containerTitle", c.container().title());
        m.put("kind", c.kind());
        m.put("language", c.language());
        m.put("locality", c.locality());
        m.put("author", c.author());
        m.put("created", c.created().toString());
        m.put("tags", c.tags());
        m.put("link", c.link());
        m.put("updated", c.updated().toString());
        m.put("sequence", c.sequence());
        m.put("page", page == null ? "" : page);
        return m;
    }

    public static ObjectNode exportNode(ObjectMapper mapper, Contribution c, String page, Redactor redactor) {
        ObjectNode n = mapper.createObjectNode();
        for (Map.Entry<String, Object> e : export(c, page, redactor).entrySet()) {
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                ArrayNode a = n.putArray(e.getKey());
                list.forEach(x -> a.add(String.valueOf(x)));
            } else if (v instanceof Long l) {
                n.put(e.getKey(), l);
            } else {
                n.put(e.getKey(), String.valueOf(v));
            }
        }
        return n;
    }

    /** One CSV record (RFC 4180), without the line break. */
    public static String csv(List<String> values) {
        StringBuilder out = new StringBuilder();
        Iterator<String> it = values.iterator();
        while (it.hasNext()) {
            String v = it.next();
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
            if (it.hasNext()) {
                out.append(',');
            }
        }
        return out.toString();
    }

    public static List<String> csvValues(Contribution c, String page, Redactor redactor) {
        List<String> out = new ArrayList<>();
        for (Object v : export(c, page, redactor).values()) {
            out.add(v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(v));
        }
        return out;
    }
}
