package org.folkmoot.assemblies.internal.recommendations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.Refused;

/**
 * The tables of recommendations, their versions, votes, one-time codes and ballots, and each
 * assembly's deliberation settings. Methods take the caller's connection, so that a check and the
 * write it allows happen in one transaction.
 */
public final class DeliberationStore {

    public Optional<Deliberation> settings(Connection c, String assemblyId) throws SQLException {
        return Sql.one(c, "SELECT * FROM assemblies_deliberation WHERE assembly_id = ?", rs -> new Deliberation(assemblyId,
                new ThresholdRule(rs.getInt("threshold_bp"), Abstentions.valueOf(rs.getString("abstentions"))),
                rs.getInt("first_report_months"), rs.getInt("report_every_months"), rs.getString("officer"),
                Optional.ofNullable(Sql.instant(rs, "closed_at"))), assemblyId);
    }

    public void save(Connection c, Deliberation d) throws SQLException {
        int changed = Sql.update(c, "UPDATE assemblies_deliberation SET threshold_bp = ?, abstentions = ?, first_report_months = ?,"
                + " report_every_months = ?, officer = ? WHERE assembly_id = ?", d.rule().basisPoints(), d.rule().abstentions(),
                d.firstReportMonths(), d.reportEveryMonths(), d.officer(), d.assemblyId());
        if (changed == 0) {
            Sql.update(c, "INSERT INTO assemblies_deliberation (assembly_id, threshold_bp, abstentions, first_report_months,"
                    + " report_every_months, officer) VALUES (?,?,?,?,?,?)", d.assemblyId(), d.rule().basisPoints(),
                    d.rule().abstentions(), d.firstReportMonths(), d.reportEveryMonths(), d.officer());
        }
    }

    public void close(Connection c, String assemblyId, Instant at) throws SQLException {
        Sql.update(c, "UPDATE assemblies_deliberation SET closed_at = ? WHERE assembly_id = ?", at, assemblyId);
    }

    /** A new recommendation with its first version; returns its number (one more than the highest so far). */
    public int create(Connection c, String assemblyId, Draft d, Instant at) throws SQLException {
        int number = Sql.one(c, "SELECT COALESCE(MAX(number), 0) + 1 FROM assemblies_recommendation WHERE assembly_id = ?",
                rs -> rs.getInt(1), assemblyId).orElse(1);
        Sql.update(c, "INSERT INTO assemblies_recommendation (assembly_id, number, created_at) VALUES (?,?,?)", assemblyId, number, at);
        addVersion(c, assemblyId, number, 1, d, at);
        return number;
    }

    public void addVersion(Connection c, String assemblyId, int number, int version, Draft d, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO assemblies_recommendation_version (assembly_id, number, version_no, title_en, title_cy, text_en,"
                + " text_cy, changed_by, note, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?)", assemblyId, number, version,
                d.titleEn(), d.titleCy(), d.textEn(), d.textCy(), d.changedBy(), d.note(), at);
    }

    public List<Recommendation> all(Connection c, String assemblyId) throws SQLException {
        Map<Integer, List<RecommendationVersion>> versions = Sql.list(c, "SELECT * FROM assemblies_recommendation_version"
                + " WHERE assembly_id = ? ORDER BY number, version_no", rs -> Map.entry(rs.getInt("number"), version(rs)), assemblyId)
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Integer, Vote> votes = Sql.list(c, "SELECT * FROM assemblies_vote WHERE assembly_id = ?",
                rs -> Map.entry(rs.getInt("number"), vote(rs)), assemblyId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return versions.entrySet().stream().map(e -> new Recommendation(assemblyId, e.getKey(), e.getValue(),
                Optional.ofNullable(votes.get(e.getKey())))).toList();
    }

    public Optional<Recommendation> find(Connection c, String assemblyId, int number) throws SQLException {
        return all(c, assemblyId).stream().filter(r -> r.number() == number).findFirst();
    }

    public void insertVote(Connection c, String assemblyId, int number, Vote v, String by, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO assemblies_vote (assembly_id, number, version_no, method, state, in_favour, against, abstain,"
                + " membership, threshold_bp, abstentions, held_on, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                assemblyId, number, v.version(), v.method(), v.open() ? "OPEN" : "CLOSED", v.tally().inFavour(), v.tally().against(),
                v.tally().abstain(), v.membership(), v.rule().basisPoints(), v.rule().abstentions(), v.heldOn(), by, at);
    }

    /** Ends voting on devices; false when the vote was not open. */
    public boolean closeVote(Connection c, String assemblyId, int number) throws SQLException {
        return Sql.update(c, "UPDATE assemblies_vote SET state = 'CLOSED' WHERE assembly_id = ? AND number = ? AND state = 'OPEN'",
                assemblyId, number) == 1;
    }

    public void addCode(Connection c, String assemblyId, int number, String pseudonym, String codeHash) throws SQLException {
        Sql.update(c, "INSERT INTO assemblies_vote_code (assembly_id, number, pseudonym, code_sha256) VALUES (?,?,?,?)",
                assemblyId, number, pseudonym, codeHash);
    }

    /** A code's recommendation, while its vote is open; whether it was used. */
    public record CodeHolder(String assemblyId, int number, boolean used, boolean open) {
    }

    public Optional<CodeHolder> code(Connection c, String codeHash) throws SQLException {
        return Sql.one(c, "SELECT k.assembly_id, k.number, k.used_at, v.state FROM assemblies_vote_code k JOIN assemblies_vote v"
                + " ON v.assembly_id = k.assembly_id AND v.number = k.number WHERE k.code_sha256 = ?",
                rs -> new CodeHolder(rs.getString(1), rs.getInt(2), rs.getTimestamp(3) != null, "OPEN".equals(rs.getString(4))),
                codeHash);
    }

    /**
     * Spends a code and counts its ballot, in the caller's transaction: the code is marked used only
     * if it was not (so two tries at once count once), the ballot is kept with no link to the code
     * or the member, and the vote's count goes up by one.
     *
     * @return false when the code was already used or its vote is closed
     */
    public boolean cast(Connection c, String codeHash, String assemblyId, int number, Choice choice, Instant at) throws SQLException {
        int spent = Sql.update(c, "UPDATE assemblies_vote_code SET used_at = ? WHERE code_sha256 = ? AND used_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM assemblies_vote v WHERE v.assembly_id = ? AND v.number = ? AND v.state = 'OPEN')",
                at, codeHash, assemblyId, number);
        if (spent != 1) {
            return false;
        }
        Sql.update(c, "INSERT INTO assemblies_ballot (id, assembly_id, number, choice) VALUES (?,?,?,?)",
                UUID.randomUUID().toString(), assemblyId, number, choice);
        String column = switch (choice) {
            case FOR -> "in_favour";
            case AGAINST -> "against";
            case ABSTAIN -> "abstain";
        };
        Sql.update(c, "UPDATE assemblies_vote SET " + column + " = " + column + " + 1 WHERE assembly_id = ? AND number = ?",
                assemblyId, number);
        return true;
    }

    /** How many of a vote's codes were used: the page shows turnout while a vote is open, never who. */
    public int codesUsed(Connection c, String assemblyId, int number) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*) FROM assemblies_vote_code WHERE assembly_id = ? AND number = ? AND used_at IS NOT NULL",
                rs -> rs.getInt(1), assemblyId, number).orElse(0);
    }

    /** The ballots counted again from their own table: the vote's counts must equal them. */
    public Tally recount(Connection c, String assemblyId, int number) throws SQLException {
        Map<String, Integer> by = Sql.list(c, "SELECT choice, COUNT(*) FROM assemblies_ballot WHERE assembly_id = ? AND number = ?"
                + " GROUP BY choice", rs -> Map.entry(rs.getString(1), rs.getInt(2)), assemblyId, number).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Tally(by.getOrDefault("FOR", 0), by.getOrDefault("AGAINST", 0), by.getOrDefault("ABSTAIN", 0));
    }

    /** Refuses a change to an assembly whose record the council has closed. */
    public void requireOpen(Connection c, String assemblyId) throws SQLException {
        if (settings(c, assemblyId).map(Deliberation::closed).orElse(false)) {
            throw Refused.of("assembly", "assemblies.recommendations.error.closed").withStatus(409);
        }
    }

    private static RecommendationVersion version(ResultSet rs) throws SQLException {
        return new RecommendationVersion(rs.getInt("version_no"), new LocalisedText(rs.getString("title_en"), rs.getString("title_cy")),
                new LocalisedText(rs.getString("text_en"), rs.getString("text_cy")), rs.getString("changed_by"), rs.getString("note"),
                Sql.instant(rs, "changed_at"));
    }

    private static Vote vote(ResultSet rs) throws SQLException {
        return new Vote(rs.getInt("version_no"), VoteMethod.valueOf(rs.getString("method")), "OPEN".equals(rs.getString("state")),
                new Tally(rs.getInt("in_favour"), rs.getInt("against"), rs.getInt("abstain")), rs.getInt("membership"),
                new ThresholdRule(rs.getInt("threshold_bp"), Abstentions.valueOf(rs.getString("abstentions"))),
                Sql.date(rs, "held_on"));
    }
}
