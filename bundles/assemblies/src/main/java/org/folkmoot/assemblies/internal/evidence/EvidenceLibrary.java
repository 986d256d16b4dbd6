package org.folkmoot.assemblies.internal.evidence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.storage.Transactions;

/**
 * The evidence an assembly heard ({@code assemblies_evidence}, {@code assemblies_evidence_question}),
 * and which residents' submissions officers passed to members ({@code assemblies_submission_passed}).
 */
public final class EvidenceLibrary {

    /** An officer's mark that a submission was passed to members. */
    public record Passed(String contributionId, LocalDate on, String by) {
    }

    private final Transactions tx;
    private final Clock clock;

    public EvidenceLibrary(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Stores checked evidence under the assembly's next number. */
    public Evidence add(Evidence e) {
        return tx.inTransaction(c -> {
            int number;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM assemblies_evidence WHERE assembly_id = ?")) {
                ps.setString(1, e.assemblyId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
            }
            String id = UUID.randomUUID().toString();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_evidence (id, assembly_id, number, session_date, speaker,"
                    + " organisation, interests, title_en, title_cy, summary_en, summary_cy, video_link, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, id);
                ps.setString(2, e.assemblyId());
                ps.setInt(3, number);
                ps.setDate(4, e.session() == null ? null : Date.valueOf(e.session()));
                ps.setString(5, e.speaker());
                ps.setString(6, e.organisation());
                ps.setString(7, e.interests());
                ps.setString(8, e.title().en());
                ps.setString(9, e.title().cy());
                ps.setString(10, e.summary().en());
                ps.setString(11, e.summary().cy());
                ps.setString(12, e.videoLink());
                ps.setTimestamp(13, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            return new Evidence(id, e.assemblyId(), number, e.session(), e.speaker(), e.organisation(), e.interests(), e.title(),
                    e.summary(), e.videoLink(), List.of());
        });
    }

    /** Adds a member's question and its answer after the others. */
    public void ask(Evidence e, Evidence.Asked q) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_evidence_question (evidence_id, position, language,"
                    + " question, answer) SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ? FROM assemblies_evidence_question"
                    + " WHERE evidence_id = ?")) {
                ps.setString(1, e.id());
                ps.setString(2, q.language());
                ps.setString(3, q.question());
                ps.setString(4, q.answer());
                ps.setString(5, e.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** An assembly's evidence in the order it was added, with the questions asked. */
    public List<Evidence> of(String assemblyId) {
        return tx.inTransaction(c -> read(c, assemblyId, null));
    }

    public Optional<Evidence> find(String assemblyId, int number) {
        return tx.inTransaction(c -> read(c, assemblyId, number)).stream().findFirst();
    }

    private static List<Evidence> read(Connection c, String assemblyId, Integer number) throws SQLException {
        Map<String, List<Evidence.Asked>> asked = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT q.evidence_id, q.language, q.question, q.answer FROM"
                + " assemblies_evidence_question q JOIN assemblies_evidence e ON e.id = q.evidence_id WHERE e.assembly_id = ?"
                + " ORDER BY q.evidence_id, q.position")) {
            ps.setString(1, assemblyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    asked.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Evidence.Asked(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<Evidence> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, number, session_date, speaker, organisation, interests, title_en,"
                + " title_cy, summary_en, summary_cy, video_link FROM assemblies_evidence WHERE assembly_id = ?"
                + (number == null ? "" : " AND number = ?") + " ORDER BY number")) {
            ps.setString(1, assemblyId);
            if (number != null) {
                ps.setInt(2, number);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date session = rs.getDate(3);
                    out.add(new Evidence(rs.getString(1), assemblyId, rs.getInt(2), session == null ? null : session.toLocalDate(),
                            rs.getString(4), rs.getString(5), rs.getString(6), new LocalisedText(rs.getString(7), rs.getString(8)),
                            new LocalisedText(rs.getString(9), rs.getString(10)), rs.getString(11),
                            asked.getOrDefault(rs.getString(1), List.of())));
                }
            }
        }
        return out;
    }

    /** Marks a submission as passed to members; false when it already was (the first mark stands). */
    public boolean markPassed(String assemblyId, String contributionId, LocalDate on, String by) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM assemblies_submission_passed WHERE contribution_id = ?")) {
                ps.setString(1, contributionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_submission_passed (contribution_id, assembly_id,"
                    + " passed_on, passed_by) VALUES (?,?,?,?)")) {
                ps.setString(1, contributionId);
                ps.setString(2, assemblyId);
                ps.setDate(3, Date.valueOf(on));
                ps.setString(4, by);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** The submissions passed to members, by contribution id. */
    public Map<String, Passed> passed(String assemblyId) {
        return tx.inTransaction(c -> {
            Map<String, Passed> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT contribution_id, passed_on, passed_by FROM assemblies_submission_passed"
                    + " WHERE assembly_id = ? ORDER BY passed_on, contribution_id")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Passed(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }
}
