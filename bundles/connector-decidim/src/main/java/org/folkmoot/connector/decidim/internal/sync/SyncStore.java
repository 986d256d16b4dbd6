package org.folkmoot.connector.decidim.internal.sync;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.connector.decidim.internal.item.ItemType;

/**
 * The connector's own tables ({@code V1__connector_decidim.sql}): items as last compared, the containers
 * contributions are filed under, each site's progress and its runs. Each method is one transaction (or
 * joins the caller's, see {@link Transactions}).
 */
public final class SyncStore {

    private static final String ITEM_COLUMNS = "host, item_type, item_id, component_id, root_type, root_id, updated_at, "
            + "versions_count, comment_count, text_hash, status, status_reason, contribution_id";

    private final Transactions tx;

    public SyncStore(Transactions transactions) {
        this.tx = transactions;
    }

    // ---- items

    public Optional<SeenItem> item(String host, ItemType type, String id) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS
                    + " FROM decidim_item WHERE host = ? AND item_type = ? AND item_id = ?")) {
                ps.setString(1, host);
                ps.setString(2, type.id());
                ps.setString(3, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(item(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The items (not comments) of one component, by id. */
    public Map<String, SeenItem> itemsIn(String host, String componentId) {
        return byId("SELECT " + ITEM_COLUMNS + " FROM decidim_item WHERE host = ? AND component_id = ? AND root_type IS NULL",
                host, componentId);
    }

    /** Every comment on one item, at any depth, by id. */
    public Map<String, SeenItem> commentsOn(String host, ItemType rootType, String rootId) {
        return byId("SELECT " + ITEM_COLUMNS + " FROM decidim_item WHERE host = ? AND root_type = ? AND root_id = ?", host,
                rootType.id(), rootId);
    }

    /** Every item and comment of one component, whatever its status. */
    public List<SeenItem> everythingIn(String host, String componentId) {
        return items("SELECT " + ITEM_COLUMNS + " FROM decidim_item WHERE host = ? AND component_id = ?", host, componentId);
    }

    private Map<String, SeenItem> byId(String sql, String... args) {
        Map<String, SeenItem> out = new LinkedHashMap<>();
        items(sql, args).forEach(i -> out.put(i.id(), i));
        return out;
    }

    private List<SeenItem> items(String sql, String... args) {
        return tx.inTransaction(c -> {
            List<SeenItem> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY item_type, item_id")) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(item(rs));
                    }
                }
            }
            return out;
        });
    }

    public void save(SeenItem item, Instant at) {
        tx.run(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE decidim_item SET component_id = ?, root_type = ?, root_id = ?, "
                    + "updated_at = ?, versions_count = ?, comment_count = ?, text_hash = ?, status = ?, status_reason = ?, "
                    + "contribution_id = ?, checked_at = ? WHERE host = ? AND item_type = ? AND item_id = ?")) {
                int i = bindMutable(up, item, at, 1);
                up.setString(i++, item.host());
                up.setString(i++, item.type().id());
                up.setString(i, item.id());
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO decidim_item (host, item_type, item_id, component_id, "
                    + "root_type, root_id, updated_at, versions_count, comment_count, text_hash, status, status_reason, "
                    + "contribution_id, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                in.setString(1, item.host());
                in.setString(2, item.type().id());
                in.setString(3, item.id());
                bindMutable(in, item, at, 4);
                in.executeUpdate();
            }
            return null;
        });
    }

    private static int bindMutable(PreparedStatement ps, SeenItem item, Instant at, int from) throws SQLException {
        int i = from;
        ps.setString(i++, item.componentId());
        ps.setString(i++, item.rootType() == null ? null : item.rootType().id());
        ps.setString(i++, item.rootId());
        ps.setTimestamp(i++, item.updatedAt() == null ? null : Timestamp.from(item.updatedAt()));
        if (item.versionsCount() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, item.versionsCount());
        }
        ps.setInt(i++, item.commentCount());
        ps.setString(i++, item.textHash());
        ps.setString(i++, item.status().id());
        ps.setString(i++, clip(item.reason(), 500));
        ps.setString(i++, item.contributionId());
        ps.setTimestamp(i++, Timestamp.from(at));
        return i;
    }

    /** Items of a site by type and status, for the officers' page. */
    public Map<String, Map<String, Integer>> counts(String host) {
        return tx.inTransaction(c -> {
            Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT item_type, status, COUNT(*) FROM decidim_item WHERE host = ? "
                    + "GROUP BY item_type, status ORDER BY item_type, status")) {
                ps.setString(1, host);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                    }
                }
            }
            return out;
        });
    }

    private static SeenItem item(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp(7);
        int versions = rs.getInt(8);
        Integer versionsCount = rs.wasNull() ? null : versions;
        String root = rs.getString(5);
        return new SeenItem(rs.getString(1), ItemType.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                root == null ? null : ItemType.of(root), rs.getString(6), updated == null ? null : updated.toInstant(),
                versionsCount, rs.getInt(9), rs.getString(10), SeenItem.Status.valueOf(rs.getString(11).toUpperCase(
                        java.util.Locale.ROOT)), rs.getString(12), rs.getString(13));
    }

    // ---- containers

    /** A space or component contributions are filed under, as last seen on the site. */
    public record SavedContainer(String kind, String id, String host, String parentId, LocalisedText title, String url,
            boolean present) {
    }

    public void saveContainer(SavedContainer container) {
        tx.run(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE decidim_container SET host = ?, parent_id = ?, title_en = ?, "
                    + "title_cy = ?, url = ?, present = ? WHERE kind = ? AND container_id = ?")) {
                bindContainer(up, container);
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO decidim_container (host, parent_id, title_en, title_cy, "
                    + "url, present, kind, container_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindContainer(in, container);
                in.executeUpdate();
            }
            return null;
        });
    }

    private static void bindContainer(PreparedStatement ps, SavedContainer c) throws SQLException {
        ps.setString(1, c.host());
        ps.setString(2, c.parentId());
        ps.setString(3, clip(c.title().en(), 1000));
        ps.setString(4, clip(c.title().cy(), 1000));
        ps.setString(5, clip(c.url(), 2000));
        ps.setBoolean(6, c.present());
        ps.setString(7, c.kind());
        ps.setString(8, c.id());
    }

    public Optional<SavedContainer> container(String kind, String id) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, container_id, host, parent_id, title_en, title_cy, url, "
                    + "present FROM decidim_container WHERE kind = ? AND container_id = ?")) {
                ps.setString(1, kind);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SavedContainer(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), new LocalisedText(rs.getString(5), rs.getString(6)), rs.getString(7),
                            rs.getBoolean(8))) : Optional.empty();
                }
            }
        });
    }

    /** The components of a site Folkmoot has filed contributions under, by container id. */
    public List<SavedContainer> components(String host) {
        return tx.inTransaction(c -> {
            List<SavedContainer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, container_id, host, parent_id, title_en, title_cy, url, "
                    + "present FROM decidim_container WHERE host = ? AND kind = 'component' ORDER BY container_id")) {
                ps.setString(1, host);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SavedContainer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                new LocalisedText(rs.getString(5), rs.getString(6)), rs.getString(7), rs.getBoolean(8)));
                    }
                }
            }
            return out;
        });
    }

    // ---- site state

    public SiteState state(String host) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT schema_summary, new_items_since, run_kind, run_id, "
                    + "run_component, run_cursor, backlog FROM decidim_site_state WHERE host = ?")) {
                ps.setString(1, host);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return SiteState.empty(host);
                    }
                    Date since = rs.getDate(2);
                    long runId = rs.getLong(4);
                    Long run = rs.wasNull() ? null : runId;
                    return new SiteState(host, rs.getString(1), since == null ? null : since.toLocalDate(), rs.getString(3),
                            run, rs.getString(5), rs.getString(6), rs.getInt(7));
                }
            }
        });
    }

    public void saveState(SiteState s) {
        tx.run(c -> {
            String set = "schema_summary = ?, new_items_since = ?, run_kind = ?, run_id = ?, run_component = ?, run_cursor = ?, "
                    + "backlog = ?";
            try (PreparedStatement up = c.prepareStatement("UPDATE decidim_site_state SET " + set + " WHERE host = ?")) {
                bindState(up, s);
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO decidim_site_state (schema_summary, new_items_since, "
                    + "run_kind, run_id, run_component, run_cursor, backlog, host) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindState(in, s);
                in.executeUpdate();
            }
            return null;
        });
    }

    private static void bindState(PreparedStatement ps, SiteState s) throws SQLException {
        ps.setString(1, clip(s.schemaSummary(), 500));
        ps.setDate(2, s.newItemsSince() == null ? null : Date.valueOf(s.newItemsSince()));
        ps.setString(3, s.runKind());
        if (s.runId() == null) {
            ps.setNull(4, Types.BIGINT);
        } else {
            ps.setLong(4, s.runId());
        }
        ps.setString(5, s.runComponent());
        ps.setString(6, clip(s.runCursor(), 500));
        ps.setInt(7, s.backlog());
        ps.setString(8, s.host());
    }

    // ---- runs

    public long startRun(String host, String kind, Instant at) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO decidim_run (host, kind, started_at, outcome) "
                    + "VALUES (?, ?, ?, 'running')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, host);
                ps.setString(2, kind);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Records what a run did so far; {@code finishedAt} null while it is still going. */
    public void recordRun(long id, SyncCounts n, String outcome, String problem, String advice, Instant finishedAt) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE decidim_run SET finished_at = ?, outcome = ?, created = ?, "
                    + "edited = ?, hidden = ?, unhidden = ?, erased = ?, refused = ?, unchanged = ?, requests = ?, problem = ?, "
                    + "advice = ? WHERE id = ?")) {
                ps.setTimestamp(1, finishedAt == null ? null : Timestamp.from(finishedAt));
                ps.setString(2, outcome);
                int i = 3;
                for (int v : new int[] {n.created, n.edited, n.hidden, n.unhidden, n.erased, n.refused, n.unchanged, n.requests}) {
                    ps.setInt(i++, v);
                }
                ps.setString(i++, clip(problem, 2000));
                ps.setString(i++, clip(advice, 1000));
                ps.setLong(i, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A run's counts so far, to carry on after a restart. */
    public SyncCounts countsOf(long runId) {
        return runs("WHERE id = ?", runId, 1).stream().findFirst().map(SyncRun::counts).orElseGet(SyncCounts::new);
    }

    /** The latest runs of a site, newest first. */
    public List<SyncRun> runs(String host, int limit) {
        return runs("WHERE host = ?", host, limit);
    }

    private List<SyncRun> runs(String where, Object arg, int limit) {
        return tx.inTransaction(c -> {
            List<SyncRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, host, kind, started_at, finished_at, outcome, created, "
                    + "edited, hidden, unhidden, erased, refused, unchanged, requests, problem, advice FROM decidim_run " + where
                    + " ORDER BY id DESC")) {
                ps.setObject(1, arg);
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp finished = rs.getTimestamp(5);
                        out.add(new SyncRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                                finished == null ? null : finished.toInstant(), rs.getString(6),
                                new SyncCounts(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                                        rs.getInt(12), rs.getInt(13), rs.getInt(14)), rs.getString(15), rs.getString(16)));
                    }
                }
            }
            return out;
        });
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
