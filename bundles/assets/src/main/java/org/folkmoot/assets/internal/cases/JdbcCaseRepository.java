package org.folkmoot.assets.internal.cases;

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
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.folkmoot.api.storage.Transactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cases in the tables of db/migration/V1__assets.sql. Saving appends the new events and rewrites
 * the derived rows in one transaction; the stored version (the number of events) guards against
 * two officers changing one case at once.
 */
public final class JdbcCaseRepository implements CaseRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ARGS = new TypeReference<>() { };

    private final DataSource dataSource;
    private final Transactions transactions;
    private final Clock clock;
    private final AfterSave afterSave;

    public JdbcCaseRepository(DataSource dataSource, Transactions transactions, Clock clock) {
        this(dataSource, transactions, clock, AfterSave.NOTHING);
    }

    public JdbcCaseRepository(DataSource dataSource, Transactions transactions, Clock clock, AfterSave afterSave) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
        this.afterSave = afterSave;
    }

    @Override
    public void save(CaseFile<?> c, int expectedVersion) {
        List<CaseEvent> events = c.events();
        checkLengths(c, events.subList(Math.min(expectedVersion, events.size()), events.size()));
        transactions.run(con -> {
            upsertCase(con, c, expectedVersion);
            insertEvents(con, c.id(), events.subList(expectedVersion, events.size()));
            refreshDerived(con, c);
            afterSave.saved(con, c);
            return null;
        });
    }

    /** What the columns cannot hold is the officer's error (422), not the database's (500). */
    private static void checkLengths(CaseFile<?> c, List<CaseEvent> fresh) {
        Summary s = Summary.of(c);
        fits(c.id(), 40, "A case reference");
        fits(s.land.uprn(), 12, "A UPRN");
        fits(s.land.assetCode(), 120, "An asset code");
        fits(s.land.description(), 1000, "The description of the land");
        fits(s.party, 300, "The name of the community body, nominator or group");
        for (CaseEvent e : fresh) {
            fits(e.actor(), 200, "The officer's name");
            if (e.detail().length() > 4000 || json(e.args()).length() > 4000) {
                throw CaseException.invalid("The text recorded with the step '" + e.type() + "' is too long: keep its note "
                        + "and other text under 2,000 characters.");
            }
        }
    }

    private static void fits(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw CaseException.invalid(what + " may be at most " + max + " characters (this one has " + value.length() + ").");
        }
    }

    /** Derived text (labels, the basis of a deadline, a lock's reason) is cut to fit its column. */
    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private void upsertCase(Connection con, CaseFile<?> c, int expectedVersion) throws SQLException {
        Summary s = Summary.of(c);
        Timestamp now = Timestamp.from(clock.instant());
        if (expectedVersion == 0) {
            // checked first: after a failed INSERT PostgreSQL refuses every statement until rollback
            if (exists(con, c.id())) {
                throw CaseException.refused(CaseException.Kind.WRONG_STATE, "id", "assets.refusal.exists", c.id());
            }
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO assets_case (id, kind, rule_set_id, pipeline_id, "
                    + "state, land_uprn, land_asset_code, land_description, party_name, opened_on, case_version, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, c.id());
                ps.setString(2, CaseKind.of(c).name());
                ps.setString(3, s.ruleSetId);
                ps.setString(4, s.pipelineId);
                ps.setString(5, c.state().name());
                ps.setString(6, s.land.uprn());
                ps.setString(7, s.land.assetCode());
                ps.setString(8, s.land.description());
                ps.setString(9, s.party);
                ps.setDate(10, Date.valueOf(c.events().get(0).effectiveDate()));
                ps.setInt(11, c.events().size());
                ps.setTimestamp(12, now);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = con.prepareStatement("UPDATE assets_case SET state = ?, case_version = ?, updated_at = ? "
                + "WHERE id = ? AND case_version = ?")) {
            ps.setString(1, c.state().name());
            ps.setInt(2, c.events().size());
            ps.setTimestamp(3, now);
            ps.setString(4, c.id());
            ps.setInt(5, expectedVersion);
            if (ps.executeUpdate() != 1) {
                throw CaseException.wrongState("The case " + c.id() + " was changed by someone else; reload it and try again.");
            }
        }
    }

    private static boolean exists(Connection con, String id) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT 1 FROM assets_case WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertEvents(Connection con, String id, List<CaseEvent> events) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO assets_case_event (case_id, seq, recorded_at, event_type, "
                + "from_state, to_state, effective_date, actor, detail, args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CaseEvent e : events) {
                ps.setString(1, id);
                ps.setInt(2, e.sequence());
                ps.setTimestamp(3, Timestamp.from(e.recordedAt()));
                ps.setString(4, e.type());
                ps.setString(5, e.fromState());
                ps.setString(6, e.toState());
                ps.setDate(7, Date.valueOf(e.effectiveDate()));
                ps.setString(8, e.actor());
                ps.setString(9, e.detail());
                ps.setString(10, json(e.args()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void refreshDerived(Connection con, CaseFile<?> c) throws SQLException {
        for (String table : List.of("assets_deadline", "assets_disposal_lock")) {
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM " + table + " WHERE case_id = ?")) {
                ps.setString(1, c.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO assets_deadline (case_id, deadline_key, label, last_day, "
                + "owed_by, basis, statutory) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Deadline d : c.deadlines()) {
                ps.setString(1, d.caseId());
                ps.setString(2, d.key());
                ps.setString(3, cut(d.label(), 300));
                ps.setDate(4, Date.valueOf(d.lastDay()));
                ps.setString(5, d.owedBy().name());
                ps.setString(6, cut(d.basis(), 500));
                ps.setBoolean(7, d.statutory());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (c instanceof ScottishAssetTransferRequest r) {
            Optional<DisposalLock> lock = r.disposalLock();
            if (lock.isPresent()) {
                try (PreparedStatement ps = con.prepareStatement("INSERT INTO assets_disposal_lock (case_id, land_uprn, "
                        + "land_asset_code, locked_since, reason) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, c.id());
                    ps.setString(2, lock.get().land().uprn());
                    ps.setString(3, lock.get().land().assetCode());
                    ps.setDate(4, Date.valueOf(lock.get().since()));
                    ps.setString(5, cut(lock.get().reason(), 500));
                    ps.executeUpdate();
                }
            }
        }
    }

    @Override
    public Optional<StoredCase> find(String id) {
        try (Connection con = dataSource.getConnection()) {
            CaseKind kind;
            String state;
            try (PreparedStatement ps = con.prepareStatement("SELECT kind, state FROM assets_case WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    kind = CaseKind.valueOf(rs.getString(1));
                    state = rs.getString(2);
                }
            }
            List<CaseEvent> events = new ArrayList<>();
            try (PreparedStatement ps = con.prepareStatement("SELECT seq, recorded_at, event_type, from_state, to_state, "
                    + "effective_date, actor, detail, args FROM assets_case_event WHERE case_id = ? ORDER BY seq")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new CaseEvent(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7),
                                rs.getString(8), args(rs.getString(9))));
                    }
                }
            }
            return Optional.of(new StoredCase(id, kind, state, events));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read case " + id, e);
        }
    }

    @Override
    public List<String> ids(CaseKind kind) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT id FROM assets_case WHERE kind = ? ORDER BY id")) {
            ps.setString(1, kind.name());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list cases", e);
        }
    }

    @Override
    public List<Deadline> deadlinesUntil(LocalDate until) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT case_id, deadline_key, label, last_day, owed_by, basis, "
                     + "statutory FROM assets_deadline WHERE last_day <= ? ORDER BY last_day, case_id, deadline_key")) {
            ps.setDate(1, Date.valueOf(until));
            List<Deadline> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Deadline(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            Party.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read deadlines", e);
        }
    }

    @Override
    public Optional<Deadline> deadline(String caseId, String key) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT case_id, deadline_key, label, last_day, owed_by, basis, "
                     + "statutory FROM assets_deadline WHERE case_id = ? AND deadline_key = ?")) {
            ps.setString(1, caseId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Deadline(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), Party.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read deadline " + key + " of " + caseId, e);
        }
    }

    @Override
    public List<DisposalLock> locksOn(String uprn, String assetCode) {
        return locks("WHERE l.land_uprn = ? AND l.land_asset_code = ? ", uprn == null ? "" : uprn,
                assetCode == null ? "" : assetCode);
    }

    @Override
    public List<DisposalLock> allLocks() {
        return locks("");
    }

    private List<DisposalLock> locks(String where, String... params) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT l.case_id, l.locked_since, l.reason, c.land_description, "
                     + "l.land_uprn, l.land_asset_code FROM assets_disposal_lock l JOIN assets_case c ON c.id = l.case_id "
                     + where + "ORDER BY l.locked_since, l.case_id")) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<DisposalLock> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DisposalLock(new LandReference(rs.getString(5), rs.getString(6), rs.getString(4)),
                            rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read disposal locks", e);
        }
    }

    private static String json(Map<String, String> args) {
        try {
            return JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> args(String json) {
        try {
            return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, ARGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event arguments are not JSON: " + json, e);
        }
    }

    /** The columns of assets_case that depend on the kind of case. */
    private record Summary(String ruleSetId, String pipelineId, LandReference land, String party) {
        static Summary of(CaseFile<?> c) {
            if (c instanceof ScottishAssetTransferRequest r) {
                return new Summary(r.rules().id(), null, r.land(), r.communityBody());
            }
            if (c instanceof AssetOfCommunityValue a) {
                return new Summary(a.rules().id(), null, a.land(), a.nominator().name());
            }
            NonStatutoryTransfer t = (NonStatutoryTransfer) c;
            return new Summary(null, t.pipeline().id(), t.land(), t.communityGroup());
        }
    }
}
