package org.folkmoot.assemblies.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Milestone;
import org.folkmoot.assemblies.internal.commission.OversightMember;
import org.folkmoot.assemblies.internal.commission.Question;

/** Assemblies (the commission), their lottery seed and their targets, in the module's tables. */
public final class Assemblies {
    private static final String COLUMNS = "id, question_en, question_cy, remit_en, remit_cy, out_of_scope_en, out_of_scope_cy,"
            + " commissioned_by, funder, oversight, timeline, sessions, questions, announced_on, response_due, panel_size,"
            + " retention_until, lottery_seed";

    private final Transactions tx;
    private final Clock clock;

    Assemblies(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Commissions a new assembly, or amends one whose selection has not begun. */
    public Assembly save(Assembly a) {
        return tx.inTransaction(c -> {
            Optional<Assembly> old = find(c, a.id());
            Timestamp now = Timestamp.from(clock.instant());
            if (old.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_assembly (" + COLUMNS
                        + ", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    int i = fill(ps, a);
                    ps.setString(i++, null);
                    ps.setTimestamp(i++, now);
                    ps.setTimestamp(i, now);
                    ps.executeUpdate();
                }
                return a;
            }
            if (Selections.hasSelection(c, a.id()) && (old.get().panelSize() != a.panelSize()
                    || !old.get().questions().equals(a.questions()))) {
                throw Refused.of("panelSize", "assemblies.error.amend.selected").withStatus(409);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_assembly SET question_en=?, question_cy=?,"
                    + " remit_en=?, remit_cy=?, out_of_scope_en=?, out_of_scope_cy=?, commissioned_by=?, funder=?, oversight=?,"
                    + " timeline=?, sessions=?, questions=?, announced_on=?, response_due=?, panel_size=?, retention_until=?,"
                    + " updated_at=? WHERE id=?")) {
                int i = 1;
                ps.setString(i++, a.question().en());
                ps.setString(i++, a.question().cy());
                ps.setString(i++, a.remit().en());
                ps.setString(i++, a.remit().cy());
                ps.setString(i++, a.outOfScope().en());
                ps.setString(i++, a.outOfScope().cy());
                ps.setString(i++, a.commissionedBy());
                ps.setString(i++, a.funder());
                ps.setString(i++, Json.write(a.oversight()));
                ps.setString(i++, Json.write(a.timeline()));
                ps.setString(i++, Json.write(a.sessions()));
                ps.setString(i++, Json.write(a.questions()));
                ps.setDate(i++, Date.valueOf(a.announcedOn()));
                ps.setDate(i++, Date.valueOf(a.responseDue()));
                ps.setInt(i++, a.panelSize());
                ps.setDate(i++, Date.valueOf(a.retentionUntil()));
                ps.setTimestamp(i++, now);
                ps.setString(i, a.id());
                ps.executeUpdate();
            }
            return find(c, a.id()).orElseThrow();
        });
    }

    private static int fill(PreparedStatement ps, Assembly a) throws SQLException {
        int i = 1;
        ps.setString(i++, a.id());
        ps.setString(i++, a.question().en());
        ps.setString(i++, a.question().cy());
        ps.setString(i++, a.remit().en());
        ps.setString(i++, a.remit().cy());
        ps.setString(i++, a.outOfScope().en());
        ps.setString(i++, a.outOfScope().cy());
        ps.setString(i++, a.commissionedBy());
        ps.setString(i++, a.funder());
        ps.setString(i++, Json.write(a.oversight()));
        ps.setString(i++, Json.write(a.timeline()));
        ps.setString(i++, Json.write(a.sessions()));
        ps.setString(i++, Json.write(a.questions()));
        ps.setDate(i++, Date.valueOf(a.announcedOn()));
        ps.setDate(i++, Date.valueOf(a.responseDue()));
        ps.setInt(i++, a.panelSize());
        ps.setDate(i++, Date.valueOf(a.retentionUntil()));
        return i;
    }

    public Optional<Assembly> find(String id) {
        return tx.inTransaction(c -> find(c, id));
    }

    static Optional<Assembly> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assemblies_assembly WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(assembly(rs)) : Optional.empty();
            }
        }
    }

    /** Every assembly, newest announcement first. */
    public List<Assembly> all() {
        return tx.inTransaction(c -> {
            List<Assembly> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM assemblies_assembly ORDER BY announced_on DESC, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(assembly(rs));
                }
            }
            return out;
        });
    }

    /**
     * Fixes the lottery seed in public. Once fixed it cannot change: a seed chosen after seeing the
     * addresses would let someone choose who gets letters.
     */
    public Assembly fixSeed(String id, String seed) {
        if (seed == null || seed.isBlank() || seed.length() > 200) {
            throw Refused.of("seed", "assemblies.error.seed");
        }
        return tx.inTransaction(c -> {
            Assembly a = find(c, id).orElseThrow(() -> new java.util.NoSuchElementException(id));
            if (a.lotterySeed().isPresent()) {
                throw Refused.of("seed", "assemblies.error.seed.fixed", a.lotterySeed().get()).withStatus(409);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE assemblies_assembly SET lottery_seed = ?, seed_fixed_at = ? WHERE id = ?")) {
                ps.setString(1, seed.strip());
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.setString(3, id);
                ps.executeUpdate();
            }
            return find(c, id).orElseThrow();
        });
    }

    public void saveTargets(String id, List<Target> targets) {
        tx.run(c -> {
            if (Selections.hasSelection(c, id)) {
                throw Refused.of("targets", "assemblies.error.targets.selected").withStatus(409);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assemblies_target WHERE assembly_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_target (assembly_id, category, target_value,"
                    + " min_count, max_count, min_flex, max_flex, position) VALUES (?,?,?,?,?,?,?,?)")) {
                int position = 0;
                for (Target t : targets) {
                    ps.setString(1, id);
                    ps.setString(2, t.category());
                    ps.setString(3, t.value());
                    ps.setInt(4, t.min());
                    ps.setInt(5, t.max());
                    ps.setInt(6, t.minFlex());
                    ps.setInt(7, t.maxFlex());
                    ps.setInt(8, position++);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<Target> targets(String id) {
        return tx.inTransaction(c -> targets(c, id));
    }

    static List<Target> targets(Connection c, String id) throws SQLException {
        List<Target> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT category, target_value, min_count, max_count, min_flex, max_flex"
                + " FROM assemblies_target WHERE assembly_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Target(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        return out;
    }

    private static Assembly assembly(ResultSet rs) throws SQLException {
        return new Assembly(rs.getString("id"), new LocalisedText(rs.getString("question_en"), rs.getString("question_cy")),
                new LocalisedText(rs.getString("remit_en"), rs.getString("remit_cy")),
                new LocalisedText(rs.getString("out_of_scope_en"), rs.getString("out_of_scope_cy")),
                rs.getString("commissioned_by"), rs.getString("funder"),
                Json.read(rs.getString("oversight"), new TypeReference<List<OversightMember>>() { }),
                Json.read(rs.getString("timeline"), new TypeReference<List<Milestone>>() { }),
                Json.read(rs.getString("sessions"), new TypeReference<List<LocalDate>>() { }),
                Json.read(rs.getString("questions"), new TypeReference<List<Question>>() { }),
                rs.getDate("announced_on").toLocalDate(), rs.getDate("response_due").toLocalDate(), rs.getInt("panel_size"),
                rs.getDate("retention_until").toLocalDate(), Optional.ofNullable(rs.getString("lottery_seed")));
    }
}
