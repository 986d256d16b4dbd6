package org.folkmoot.connector.decidim.internal.opendata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.folkmoot.api.storage.Transactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Open-data imports kept in the module's tables ({@code V2__open_data_imports.sql}), so that an import under
 * way or finished is still shown after a restart, by any runtime on the database. The runtime running an
 * import saves it about every second; an import whose record says it was importing but has not been saved
 * for {@link #HEARTBEAT_LOST} was stopped with its runtime, and reads as {@link OpenDataProgress.Stage#INTERRUPTED}
 * with what to do.
 */
public final class OpenDataRecords {

    /** How long an import may go unsaved before it is taken as interrupted (it is saved every second). */
    static final Duration HEARTBEAT_LOST = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "import_id, site, upload, stage, total_rows, rows_read, imported, updated, "
            + "unchanged, withheld, refused, failure_key, failure_args, started, finished, heartbeat";

    private final Transactions transactions;
    /** Refusals already saved, by import: they are only ever added to. */
    private final Map<String, Integer> savedRefusals = new ConcurrentHashMap<>();

    public OpenDataRecords(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Saves an import as it stands now. */
    public void save(OpenDataProgress p, Instant now) {
        List<OpenDataProgress.Refusal> refusals = p.refusals();
        transactions.run(tx -> {
            try (PreparedStatement del = tx.prepareStatement("DELETE FROM decidim_open_data_import WHERE import_id = ?")) {
                del.setString(1, p.id());
                del.executeUpdate();
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO decidim_open_data_import (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                OpenDataProgress.Counts c = p.counts();
                ps.setString(1, p.id());
                ps.setString(2, p.site());
                ps.setString(3, shorten(p.upload(), 300));
                ps.setString(4, p.stage().id());
                ps.setLong(5, c.rows());
                ps.setLong(6, c.read());
                ps.setLong(7, c.imported());
                ps.setLong(8, c.updated());
                ps.setLong(9, c.unchanged());
                ps.setLong(10, c.withheld());
                ps.setLong(11, c.refused());
                ps.setString(12, p.failureMessage().map(OpenDataMessage::key).orElse(""));
                ps.setString(13, p.failureMessage().map(m -> args(m.args())).orElse("[]"));
                ps.setTimestamp(14, Timestamp.from(p.started()));
                ps.setTimestamp(15, p.finishedAt() == null ? null : Timestamp.from(p.finishedAt()));
                ps.setTimestamp(16, Timestamp.from(now));
                ps.executeUpdate();
            }
            int from = savedRefusals.getOrDefault(p.id(), count(tx, p.id()));
            if (from < refusals.size()) {
                try (PreparedStatement ps = tx.prepareStatement("INSERT INTO decidim_open_data_refusal "
                        + "(import_id, n, file_name, line, message_key, message_args) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int n = from; n < refusals.size(); n++) {
                        OpenDataProgress.Refusal r = refusals.get(n);
                        ps.setString(1, p.id());
                        ps.setInt(2, n);
                        ps.setString(3, shorten(r.file(), 300));
                        ps.setLong(4, r.line());
                        ps.setString(5, r.message().key());
                        ps.setString(6, args(r.message().args()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
        savedRefusals.put(p.id(), refusals.size());
        if (p.finished()) {
            savedRefusals.remove(p.id());
        }
    }

    /** One import as last saved, or empty. */
    public Optional<OpenDataProgress> find(String id, Instant now) {
        return transactions.inTransaction(tx -> read(tx, "import_id = ?", id, 1, now).stream().findFirst());
    }

    /** The latest imports of a site (of every site when {@code site} is null), newest first. */
    public List<OpenDataProgress> recent(String site, int limit, Instant now) {
        return transactions.inTransaction(tx -> site == null ? read(tx, "1 = 1", null, limit, now)
                : read(tx, "LOWER(site) = LOWER(?)", site, limit, now));
    }

    private List<OpenDataProgress> read(Connection tx, String where, String arg, int limit, Instant now) throws SQLException {
        List<OpenDataProgress> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepareStatement("SELECT " + COLUMNS + " FROM decidim_open_data_import WHERE " + where
                + " ORDER BY started DESC, import_id LIMIT " + limit)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(progress(tx, rs, now));
                }
            }
        }
        return out;
    }

    private OpenDataProgress progress(Connection tx, ResultSet rs, Instant now) throws SQLException {
        String id = rs.getString("import_id");
        OpenDataProgress.Stage stage = OpenDataProgress.Stage.valueOf(rs.getString("stage").toUpperCase(java.util.Locale.ROOT));
        OpenDataProgress.Counts counts = new OpenDataProgress.Counts(rs.getLong("total_rows"), rs.getLong("rows_read"),
                rs.getLong("imported"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("withheld"), rs.getLong("refused"));
        String failureKey = rs.getString("failure_key");
        OpenDataMessage failure = failureKey.isEmpty() ? null : new OpenDataMessage(failureKey, args(rs.getString("failure_args")));
        Timestamp finished = rs.getTimestamp("finished");
        Instant heartbeat = rs.getTimestamp("heartbeat").toInstant();
        Instant finishedAt = finished == null ? null : finished.toInstant();
        OpenDataProgress p = OpenDataProgress.restored(id, rs.getString("site"), rs.getString("upload"),
                rs.getTimestamp("started").toInstant(), stage, counts, refusals(tx, id), failure, finishedAt);
        if (!stage.isFinal() && heartbeat.plus(HEARTBEAT_LOST).isBefore(now)) {
            p.interrupted(heartbeat); // its runtime stopped without a word (killed, or the machine went down)
        }
        return p;
    }

    private static List<OpenDataProgress.Refusal> refusals(Connection tx, String id) throws SQLException {
        List<OpenDataProgress.Refusal> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepareStatement("SELECT file_name, line, message_key, message_args "
                + "FROM decidim_open_data_refusal WHERE import_id = ? ORDER BY n")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OpenDataProgress.Refusal(rs.getString(1), rs.getLong(2),
                            new OpenDataMessage(rs.getString(3), args(rs.getString(4)))));
                }
            }
        }
        return out;
    }

    private static int count(Connection tx, String id) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT COUNT(*) FROM decidim_open_data_refusal WHERE import_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String args(List<Object> args) {
        try {
            return JSON.writeValueAsString(args.stream().map(a -> a instanceof String t ? shorten(t, 400) : a).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> args(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Object>>() { });
        } catch (JsonProcessingException e) {
            return List.of(json);
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
