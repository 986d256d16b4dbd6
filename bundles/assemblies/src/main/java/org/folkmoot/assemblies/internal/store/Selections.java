package org.folkmoot.assemblies.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.Refused;

/**
 * Selections (round 1, then one round per replacement) and the members they drew, with what the
 * confirmation calls found. What a selection publishes holds pseudonyms only.
 */
public final class Selections {
    private static final String COLUMNS = "assembly_id, round_no, algorithm, seed, state, stage, problem, pool, replaced,"
            + " probabilities, distribution, panel, panel_index, min_probability, requested_by, requested_at, finished_at";

    private final Transactions tx;
    private final Clock clock;

    Selections(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** What the confirmation call found, or that the member withdrew later. */
    public enum Status { SELECTED, CONFIRMED, DECLINED, UNREACHABLE, WITHDRAWN;
        /** True when the place must be filled again. */
        public boolean leaves() {
            return this == DECLINED || this == UNREACHABLE || this == WITHDRAWN;
        }
    }

    /** A selection round. */
    public record Selection(String assemblyId, int round, SelectionAlgorithm algorithm, String seed, String state,
            String stage, Optional<String> problem, List<String> pool, List<String> replaced, Map<String, Double> probabilities,
            String distribution, List<String> panel, Integer panelIndex, Double minProbability, Instant requestedAt,
            Optional<Instant> finishedAt) {

        public boolean isDone() {
            return "DONE".equals(state);
        }

        public boolean isWorking() {
            return "QUEUED".equals(state) || "RUNNING".equals(state);
        }
    }

    /** A member of the panel: their pseudonym, the round that drew them and their status. */
    public record Member(String pseudonym, int round, Status status, String recordedBy, Instant recordedAt) {
    }

    static boolean hasSelection(Connection c, String assemblyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM assemblies_selection WHERE assembly_id = ? AND state <> 'FAILED'")) {
            ps.setString(1, assemblyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Queues a round. Round 1 may be queued again only after it failed; a replacement round only
     * when nothing else is running.
     *
     * @return the round's number
     */
    public int queue(String assemblyId, boolean replacement, SelectionAlgorithm algorithm, String seed, List<String> pool,
            List<String> replaced, String by) {
        return tx.inTransaction(c -> {
            List<Selection> rounds = rounds(c, assemblyId);
            if (rounds.stream().anyMatch(Selection::isWorking)) {
                throw Refused.of("seed", "assemblies.error.selection.running").withStatus(409);
            }
            boolean selected = rounds.stream().anyMatch(s -> s.round() == 1 && s.isDone());
            if (!replacement && selected) {
                throw Refused.of("seed", "assemblies.error.selection.done").withStatus(409);
            }
            if (replacement && !selected) {
                throw Refused.of("seed", "assemblies.error.selection.none").withStatus(409);
            }
            if (rounds.stream().anyMatch(s -> s.seed().equals(seed) && s.isDone())) {
                throw Refused.of("seed", "assemblies.error.selection.seedUsed");
            }
            int round = replacement ? rounds.stream().mapToInt(Selection::round).max().orElse(1) + 1 : 1;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assemblies_selection WHERE assembly_id = ? AND round_no = ?"
                    + " AND state = 'FAILED'")) {
                ps.setString(1, assemblyId);
                ps.setInt(2, round);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_selection (assembly_id, round_no, algorithm, seed,"
                    + " state, stage, pool, replaced, requested_by, requested_at) VALUES (?,?,?,?,'QUEUED','queued',?,?,?,?)")) {
                ps.setString(1, assemblyId);
                ps.setInt(2, round);
                ps.setString(3, algorithm.name());
                ps.setString(4, seed);
                ps.setString(5, Json.write(pool));
                ps.setString(6, Json.write(replaced));
                ps.setString(7, by);
                ps.setTimestamp(8, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            return round;
        });
    }

    /** Moves a round on to a named stage (shown as progress on the officers' page). */
    public void stage(String assemblyId, int round, String stage) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_selection SET state = 'RUNNING', stage = ?"
                    + " WHERE assembly_id = ? AND round_no = ? AND state IN ('QUEUED', 'RUNNING')")) {
                ps.setString(1, stage);
                ps.setString(2, assemblyId);
                ps.setInt(3, round);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Keeps a finished round's result and makes its panel members, in one transaction. */
    public void finish(String assemblyId, int round, Map<String, Double> probabilities, String distribution, List<String> panel,
            int panelIndex, double minProbability) {
        tx.run(c -> {
            Instant now = clock.instant();
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_selection SET state = 'DONE', stage = 'done',"
                    + " probabilities = ?, distribution = ?, panel = ?, panel_index = ?, min_probability = ?, finished_at = ?"
                    + " WHERE assembly_id = ? AND round_no = ?")) {
                ps.setString(1, Json.write(probabilities));
                ps.setString(2, distribution);
                ps.setString(3, Json.write(panel));
                ps.setInt(4, panelIndex);
                ps.setDouble(5, minProbability);
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setString(7, assemblyId);
                ps.setInt(8, round);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_member (assembly_id, pseudonym, round_no, status,"
                    + " recorded_by, recorded_at) VALUES (?,?,?,'SELECTED','',?)")) {
                for (String p : panel) {
                    ps.setString(1, assemblyId);
                    ps.setString(2, p);
                    ps.setInt(3, round);
                    ps.setTimestamp(4, Timestamp.from(now));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Ends a round that could not be run, keeping why (JSON the officers' page reads). */
    public void fail(String assemblyId, int round, String problem) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_selection SET state = 'FAILED', stage = 'failed',"
                    + " problem = ?, finished_at = ? WHERE assembly_id = ? AND round_no = ?")) {
                ps.setString(1, problem);
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.setString(3, assemblyId);
                ps.setInt(4, round);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<Selection> rounds(String assemblyId) {
        return tx.inTransaction(c -> rounds(c, assemblyId));
    }

    public Optional<Selection> round(String assemblyId, int round) {
        return rounds(assemblyId).stream().filter(s -> s.round() == round).findFirst();
    }

    private static List<Selection> rounds(Connection c, String assemblyId) throws SQLException {
        List<Selection> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assemblies_selection WHERE assembly_id = ?"
                + " ORDER BY round_no")) {
            ps.setString(1, assemblyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String probabilities = rs.getString("probabilities");
                    String panel = rs.getString("panel");
                    int index = rs.getInt("panel_index");
                    Integer panelIndex = rs.wasNull() ? null : index;
                    double min = rs.getDouble("min_probability");
                    Double minProbability = rs.wasNull() ? null : min;
                    Timestamp finished = rs.getTimestamp("finished_at");
                    out.add(new Selection(rs.getString("assembly_id"), rs.getInt("round_no"),
                            SelectionAlgorithm.valueOf(rs.getString("algorithm")), rs.getString("seed"), rs.getString("state"),
                            rs.getString("stage"), Optional.ofNullable(rs.getString("problem")),
                            Json.read(rs.getString("pool"), new TypeReference<List<String>>() { }),
                            Json.read(rs.getString("replaced"), new TypeReference<List<String>>() { }),
                            probabilities == null ? Map.of()
                                    : Json.read(probabilities, new TypeReference<LinkedHashMap<String, Double>>() { }),
                            rs.getString("distribution"),
                            panel == null ? List.of() : Json.read(panel, new TypeReference<List<String>>() { }), panelIndex,
                            minProbability, rs.getTimestamp("requested_at").toInstant(),
                            Optional.ofNullable(finished).map(Timestamp::toInstant)));
                }
            }
        }
        return out;
    }

    /** The panel: every member drawn in any round, in the order drawn. */
    public List<Member> members(String assemblyId) {
        return tx.inTransaction(c -> {
            List<Member> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pseudonym, round_no, status, recorded_by, recorded_at"
                    + " FROM assemblies_member WHERE assembly_id = ? ORDER BY round_no, pseudonym")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Member(rs.getString(1), rs.getInt(2), Status.valueOf(rs.getString(3)), rs.getString(4),
                                rs.getTimestamp(5).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** Records what a call found (or a withdrawal); refuses a pseudonym that is not on the panel. */
    public Member record(String assemblyId, String pseudonym, Status status, String by) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_member SET status = ?, recorded_by = ?,"
                    + " recorded_at = ? WHERE assembly_id = ? AND pseudonym = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, by);
                ps.setTimestamp(3, Timestamp.from(clock.instant()));
                ps.setString(4, assemblyId);
                ps.setString(5, pseudonym);
                if (ps.executeUpdate() == 0) {
                    throw Refused.of("member", "assemblies.error.member.unknown", pseudonym).withStatus(404);
                }
            }
            return members(assemblyId).stream().filter(m -> m.pseudonym().equals(pseudonym)).findFirst().orElseThrow();
        });
    }
}
