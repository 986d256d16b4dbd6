package org.folkmoot.connector.consul.internal.sync;

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

import org.folkmoot.api.storage.Transactions;
import org.folkmoot.connector.consul.internal.client.ItemType;
import org.folkmoot.connector.consul.internal.sync.SeenItem.Status;

/**
 * The connector's own tables ({@code V1__connector_consul.sql}): items as last compared, each site's sweep under
 * way, and its runs. Each method is one transaction (or joins the caller's, see {@link Transactions}).
 */
public final class SyncStore {

    private static final String ITEM_COLUMNS = "host, item_type, item_id, root_type, root_id, parent_id, text_hash, status, "
            + "status_reason, contribution_id, seen_run";
    private static final String RUN_COLUMNS = "id, host, started_at, finished_at, outcome, created, edited, hidden, unhidden, "
            + "erased, refused, unchanged, requests, problem, advice";

    private final Transactions tx;

    public SyncStore(Transactions transactions) {
        this.tx = transactions;
    }

    // ---- items

    public Optional<SeenItem> item(String host, ItemType type, String id) {
        List<SeenItem> found = items("SELECT " + ITEM_COLUMNS + " FROM consul_item WHERE host = ? AND item_type = ? AND item_id = ?",
                host, type.id(), id);
        return found.stream().findFirst();
    }

    /** Items of a type the connector holds as present that the sweep has not seen (yet). */
    public List<SeenItem> presentButUnseen(String host, ItemType type, long sweep) {
        return items("SELECT " + ITEM_COLUMNS + " FROM consul_item WHERE host = ? AND item_type = ? AND status = 'present' "
                + "AND seen_run < " + sweep + " ORDER BY item_id", host, type.id());
    }

    private List<SeenItem> items(String sql, String... args) {
        return tx.inTransaction(c -> {
            List<SeenItem> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SeenItem(rs.getString(1), ItemType.of(rs.getString(2)), rs.getString(3),
                                rs.getString(4) == null ? null : ItemType.of(rs.getString(4)), rs.getString(5), rs.getString(6),
                                rs.getString(7), Status.valueOf(rs.getString(8).toUpperCase(java.util.Locale.ROOT)),
                                rs.getString(9), rs.getString(10), rs.getLong(11)));
                    }
                }
            }
            return out;
        });
    }

    public void save(SeenItem item, Instant at) {
        tx.run(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE consul_item SET root_type = ?, root_id = ?, parent_id = ?, "
                    + "text_hash = ?, status = ?, status_reason = ?, contribution_id = ?, seen_run = ?, checked_at = ? "
                    + "WHERE host = ? AND item_type = ? AND item_id = ?")) {
                int i = bind(up, item, at, 1);
                up.setString(i++, item.host());
                up.setString(i++, item.type().id());
                up.setString(i, item.id());
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO consul_item (host, item_type, item_id, root_type, root_id, "
                    + "parent_id, text_hash, status, status_reason, contribution_id, seen_run, checked_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                in.setString(1, item.host());
                in.setString(2, item.type().id());
                in.setString(3, item.id());
                bind(in, item, at, 4);
                in.executeUpdate();
            }
            return null;
        });
    }

    private static int bind(PreparedStatement ps, SeenItem item, Instant at, int from) throws SQLException {
        int i = from;
        ps.setString(i++, item.rootType() == null ? null : item.rootType().id());
        ps.setString(i++, item.rootId());
        ps.setString(i++, item.parentId());
        ps.setString(i++, item.textHash());
        ps.setString(i++, item.status().id());
        ps.setString(i++, clip(item.reason(), 500));
        ps.setString(i++, item.contributionId());
        ps.setLong(i++, item.seenRun());
        ps.setTimestamp(i++, Timestamp.from(at));
        return i;
    }

    /** Items of a site by type, then by status: {@code proposal -> {present: 12, gone: 1}}. */
    public Map<String, Map<String, Integer>> counts(String host) {
        return tx.inTransaction(c -> {
            Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT item_type, status, COUNT(*) FROM consul_item WHERE host = ? "
                    + "GROUP BY item_type, status")) {
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

    // ---- the sweep under way

    public SiteState state(String host) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id, collection, cursor_at, pages_done FROM consul_site_state "
                    + "WHERE host = ?")) {
                ps.setString(1, host);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return SiteState.none(host);
                    }
                    long run = rs.getLong(1);
                    return new SiteState(host, rs.wasNull() ? null : run, rs.getString(2) == null ? null : ItemType.of(rs.getString(2)),
                            rs.getString(3), rs.getInt(4));
                }
            }
        });
    }

    public void saveState(SiteState s) {
        tx.run(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM consul_site_state WHERE host = ?")) {
                del.setString(1, s.host());
                del.executeUpdate();
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO consul_site_state (host, run_id, collection, cursor_at, "
                    + "pages_done) VALUES (?, ?, ?, ?, ?)")) {
                in.setString(1, s.host());
                if (s.sweep() == null) {
                    in.setNull(2, Types.BIGINT);
                } else {
                    in.setLong(2, s.sweep());
                }
                in.setString(3, s.collection() == null ? null : s.collection().id());
                in.setString(4, s.cursor());
                in.setInt(5, s.pagesDone());
                in.executeUpdate();
            }
            return null;
        });
    }

    // ---- runs

    public long startRun(String host, Instant at) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO consul_run (host, started_at, outcome) VALUES (?, ?, 'running')",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, host);
                ps.setTimestamp(2, Timestamp.from(at));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void recordRun(long id, SyncCounts n, String outcome, String problem, String advice, Instant finishedAt) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE consul_run SET finished_at = ?, outcome = ?, created = ?, "
                    + "edited = ?, hidden = ?, unhidden = ?, erased = ?, refused = ?, unchanged = ?, requests = ?, problem = ?, "
                    + "advice = ? WHERE id = ?")) {
                ps.setTimestamp(1, finishedAt == null ? null : Timestamp.from(finishedAt));
                ps.setString(2, outcome);
                ps.setInt(3, n.created());
                ps.setInt(4, n.edited());
                ps.setInt(5, n.hidden());
                ps.setInt(6, n.unhidden());
                ps.setInt(7, n.erased());
                ps.setInt(8, n.refused());
                ps.setInt(9, n.unchanged());
                ps.setInt(10, n.requests());
                ps.setString(11, clip(problem, 2000));
                ps.setString(12, clip(advice, 1000));
                ps.setLong(13, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The latest runs of a site, newest first. */
    public List<SyncRun> runs(String host, int limit) {
        return tx.inTransaction(c -> {
            List<SyncRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM consul_run WHERE host = ? ORDER BY id DESC")) {
                ps.setString(1, host);
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp finished = rs.getTimestamp(4);
                        out.add(new SyncRun(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                finished == null ? null : finished.toInstant(), rs.getString(5),
                                new SyncCounts(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                                        rs.getInt(12), rs.getInt(13)), rs.getString(14), rs.getString(15)));
                    }
                }
            }
            return out;
        });
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }
}
