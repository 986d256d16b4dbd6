package org.folkmoot.connector.decidim.internal.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.connector.decidim.internal.item.Component;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.ItemRef;
import org.folkmoot.connector.decidim.internal.item.ItemType;
import org.folkmoot.connector.decidim.internal.item.SiteHosts;
import org.folkmoot.connector.decidim.internal.item.Space;
import org.folkmoot.connector.decidim.internal.item.Translation;
import org.folkmoot.connector.decidim.internal.item.Translations;

/**
 * One row of an open-data CSV file read as a {@link DecidimItem}, or refused with what is wrong and what to do.
 *
 * <p>Columns as Decidim's open-data serializers write them: {@code id}; translated fields as {@code title/<locale>}
 * and {@code title/machine_translations/<locale>}, or (comments) {@code body} with a {@code locale} column;
 * {@code description} where proposals say {@code body}; {@code author/id}, {@code author/name} and {@code author/url}
 * (several co-authors joined with ", "; both empty, or a name emptied, for a deleted account; a url that is not a
 * profile for an organisation or a meeting as author); {@code published_at},
 * {@code created_at}, {@code updated_at} and, for meetings and results, {@code start_time} or {@code start_date};
 * {@code participatory_space/id} and {@code participatory_space/url}, {@code component/id}; {@code url}, or for
 * comments {@code root_commentable_url} with {@code commentable_id}, {@code commentable_type} and {@code depth}.
 */
public final class OpenDataRow {

    /** The outcome for one row: an item, a refusal, or neither (withdrawn at the source: not taken in). */
    public record Read(DecidimItem item, OpenDataMessage refusal) {
        static final Read WITHDRAWN = new Read(null, null);

        static Read refused(String key, Object... args) {
            return new Read(null, OpenDataMessage.of(key, args));
        }

        /** Withdrawn by its author at the source: the follower would hide it, so the bootstrap does not show it. */
        public boolean withdrawn() {
            return item == null && refusal == null;
        }
    }

    private static final Pattern SPACE_URL = Pattern.compile("https?://[^/]+/(processes|assemblies)/([^/?#]+)");
    private static final Pattern COMPONENT_IN_URL = Pattern.compile("/f/(\\d+)(?:/|$)");
    private static final List<String> BODY_FIELDS = List.of("body", "description");
    private static final List<String> DATE_FIELDS = List.of("published_at", "created_at", "start_time", "start_date",
            "updated_at", "end_time", "end_date", "closed_at");
    private static final DateTimeFormatter RUBY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS][ XXX][ xx][ z]", Locale.ROOT);

    private final String site;
    private final String host;
    private final Instant importedAt;
    /** Component id to the space it belongs to, learned from rows that name both. */
    private final Map<String, Space> spaces;

    /**
     * @param site       the site's base URL ({@code https://host})
     * @param importedAt the date an item with no date at all is given
     * @param spaces     filled as rows name a component's space, read for comments (which do not)
     */
    public OpenDataRow(String site, Instant importedAt, Map<String, Space> spaces) {
        this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
        this.host = SiteHosts.of(this.site);
        this.importedAt = importedAt;
        this.spaces = spaces;
    }

    /** Reads a row of {@code file}. */
    public Read read(OpenDataFile file, OpenDataCsv.Row row) {
        String id = row.get("id");
        if (id.isEmpty()) {
            return Read.refused("row.noId");
        }
        if (row.get("withdrawn").equalsIgnoreCase("true") || row.get("state").equalsIgnoreCase("withdrawn")) {
            return Read.WITHDRAWN;
        }
        boolean comment = file.type() == ItemType.COMMENT;
        String url = comment ? commentUrl(row, id) : row.get("url");
        if (url.isEmpty()) {
            return Read.refused("row.noUrl");
        }
        Component component = component(row, url);
        if (component == null) {
            return Read.refused("row.noComponent", url);
        }
        Space space = space(row, url, component);
        Translations title = comment ? Translations.NONE : translations(row, "title");
        Translations body = Translations.NONE;
        for (String field : BODY_FIELDS) {
            body = translations(row, field);
            if (!body.isEmpty()) {
                break;
            }
        }
        ItemRef parent = null;
        if (comment) {
            parent = parent(file, row);
            if (parent == null) {
                return Read.refused("row.noCommentable");
            }
        }
        // An organisation or a meeting as author (its url is the site's root or the meeting, not a profile) is no
        // person: filed as the site's official voice, as the follower files it.
        String authorUrl = firstOf(row.get("author/url"));
        String authorId = authorUrl.isEmpty() || authorUrl.contains("/profiles/") ? firstOf(row.get("author/id")) : "";
        boolean hasAuthorColumns = row.has("author/id") || row.has("author/name");
        boolean authorDeleted = hasAuthorColumns && row.get("author/name").isEmpty();
        Instant created = firstDate(row);
        Instant published = date(row.get("published_at"));
        try {
            return new Read(new DecidimItem(site, space, component, file.type(), id, parent, title, body,
                    authorId.isEmpty() ? null : authorId, authorDeleted, published, created == null ? importedAt : created,
                    date(row.get("updated_at")), url, null, count(row.get("comments"))), null);
        } catch (IllegalArgumentException e) {
            return Read.refused("row.invalid", String.valueOf(e.getMessage()));
        }
    }

    /** Every translation in {@code field/<locale>} and {@code field/machine_translations/<locale>}, or {@code field} with {@code locale}. */
    static Translations translations(OpenDataCsv.Row row, String field) {
        List<Translation> all = new ArrayList<>();
        String machine = field + "/machine_translations/";
        String human = field + "/";
        for (String column : row.columns()) {
            if (column.startsWith(machine)) {
                all.add(new Translation(column.substring(machine.length()), row.get(column), true));
            } else if (column.startsWith(human) && column.indexOf('/', human.length()) < 0) {
                all.add(Translation.human(column.substring(human.length()), row.get(column)));
            }
        }
        if (all.isEmpty() && row.has(field)) {
            String locale = row.get("locale");
            all.add(Translation.human(locale.isEmpty() ? "en" : locale, row.get(field)));
        }
        // the human-written ones first, as Decidim's API gives them
        all.sort((a, b) -> Boolean.compare(a.machineTranslated(), b.machineTranslated()));
        return new Translations(all);
    }

    private String commentUrl(OpenDataCsv.Row row, String id) {
        String root = row.get("root_commentable_url");
        if (root.isEmpty()) {
            return "";
        }
        int fragment = root.indexOf('#');
        root = fragment >= 0 ? root.substring(0, fragment) : root;
        return root + (root.contains("?") ? "&" : "?") + "commentId=" + id + "#comment_" + id;
    }

    private static Component component(OpenDataCsv.Row row, String url) {
        String id = row.get("component/id");
        if (id.isEmpty()) {
            Matcher m = COMPONENT_IN_URL.matcher(url);
            id = m.find() ? m.group(1) : "";
        }
        return id.isEmpty() ? null : new Component(id, Translations.NONE);
    }

    private Space space(OpenDataCsv.Row row, String url, Component component) {
        String spaceId = row.get("participatory_space/id");
        Matcher m = SPACE_URL.matcher(row.get("participatory_space/url").isEmpty() ? url : row.get("participatory_space/url"));
        if (!spaceId.isEmpty() && m.find()) {
            Space space = new Space(m.group(1).equals("assemblies") ? Space.Type.ASSEMBLY : Space.Type.PARTICIPATORY_PROCESS,
                    spaceId, m.group(2), Translations.NONE);
            spaces.putIfAbsent(component.id(), space);
            return space;
        }
        Space known = spaces.get(component.id());
        if (known != null) {
            return known;
        }
        // A comment whose item is not in the export: the space's slug stands for its id.
        Matcher fromUrl = SPACE_URL.matcher(url);
        if (fromUrl.find()) {
            return new Space(fromUrl.group(1).equals("assemblies") ? Space.Type.ASSEMBLY : Space.Type.PARTICIPATORY_PROCESS,
                    fromUrl.group(2), fromUrl.group(2), Translations.NONE);
        }
        return new Space(Space.Type.PARTICIPATORY_PROCESS, "unknown", "", Translations.NONE);
    }

    private static ItemRef parent(OpenDataFile file, OpenDataCsv.Row row) {
        String id = row.get("commentable_id");
        if (id.isEmpty()) {
            return null;
        }
        String type = row.get("commentable_type");
        ItemType parentType = type.endsWith("::Comment") ? ItemType.COMMENT
                : type.endsWith("::Proposal") ? ItemType.PROPOSAL
                : type.endsWith("::Debate") ? ItemType.DEBATE
                : type.endsWith("::Meeting") ? ItemType.MEETING
                : type.endsWith("::Result") ? ItemType.RESULT
                : file.commentedType();
        return new ItemRef(parentType, id);
    }

    private static Instant firstDate(OpenDataCsv.Row row) {
        for (String field : DATE_FIELDS) {
            Instant at = date(row.get(field));
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    /** Dates as Ruby and Rails write them ({@code 2024-03-01 10:00:00 UTC}, {@code ...+0100}, ISO 8601, a plain date). */
    static Instant date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Instant utc = railsUtc(text);
        if (utc != null) {
            return utc;
        }
        if (text.length() > 10 && Character.toUpperCase(text.charAt(10)) == 'T') {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notIso) {
                // try the other forms
            }
        }
        try {
            var parsed = RUBY.parseBest(text, OffsetDateTime::from, java.time.ZonedDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime o) {
                return o.toInstant();
            }
            if (parsed instanceof java.time.ZonedDateTime z) {
                return z.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notRuby) {
            // a plain date?
        }
        try {
            return text.length() >= 10 ? LocalDate.parse(text.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
        } catch (DateTimeParseException none) {
            return null;
        }
    }

    /**
     * The form exports write nearly every date in, {@code 2024-03-01 10:00:00 UTC}, read field by field: a
     * formatter with optional sections, after a failed ISO attempt, cost a visible share of a bootstrap.
     * Null for any other form, and for an impossible date, which is left to the other forms as before.
     */
    private static Instant railsUtc(String t) {
        if (t.length() != 23 || !t.endsWith(" UTC") || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != ' '
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        try {
            return LocalDateTime.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10), digits(t, 11, 13), digits(t, 14, 16),
                    digits(t, 17, 19)).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException | NumberFormatException notADate) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new NumberFormatException(text);
            }
        }
        return Integer.parseInt(text, from, to, 10);
    }

    private static String firstOf(String joined) {
        int comma = joined.indexOf(',');
        return (comma >= 0 ? joined.substring(0, comma) : joined).strip();
    }

    private static int count(String text) {
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The host of the site rows are read for. */
    public String host() {
        return host;
    }
}
