package org.folkmoot.assemblies.internal.rounds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.store.Json;

/** The rounds of standing assemblies ({@code assemblies_round}). */
public final class Rounds {
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };
    private static final String COLUMNS = "standing_id, round, assembly_id, carried, seed, drawn, min_probability, created_at, drawn_at, carry_seed, eligible";

    private final Transactions tx;
    private final Clock clock;

    public Rounds(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Adds the next round of a standing assembly; answers its number. */
    public int open(String standingId, String assemblyId, List<String> carried, String carrySeed, List<String> eligible) {
        return tx.inTransaction(c -> {
            int round;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(round), 1) + 1 FROM assemblies_round WHERE standing_id = ?")) {
                ps.setString(1, standingId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    round = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_round (standing_id, round, assembly_id, carried,"
                    + " created_at, carry_seed, eligible) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, standingId);
                ps.setInt(2, round);
                ps.setString(3, assemblyId);
                ps.setString(4, Json.write(carried));
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.setString(6, carrySeed);
                ps.setString(7, Json.write(eligible));
                ps.executeUpdate();
            }
            return round;
        });
    }

    /** Keeps a round's draw; false when it had been drawn already. */
    public boolean drawn(String standingId, int round, String seed, List<String> drawn, double minProbability) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_round SET seed = ?, drawn = ?, min_probability = ?,"
                    + " drawn_at = ? WHERE standing_id = ? AND round = ? AND seed IS NULL")) {
                ps.setString(1, seed);
                ps.setString(2, Json.write(drawn));
                ps.setDouble(3, minProbability);
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
                ps.setString(5, standingId);
                ps.setInt(6, round);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Removes a round not drawn yet; false when there is no such round or it was drawn. */
    public boolean withdraw(String standingId, int round) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assemblies_round WHERE standing_id = ? AND round = ? AND seed IS NULL")) {
                ps.setString(1, standingId);
                ps.setInt(2, round);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** A standing assembly's rounds after the first, in order. */
    public List<Round> of(String standingId) {
        return tx.inTransaction(c -> read(c, "standing_id = ? ORDER BY round", standingId));
    }

    /** The round an assembly is, when it is a later round of a standing assembly. */
    public Optional<Round> byAssembly(String assemblyId) {
        return tx.inTransaction(c -> read(c, "assembly_id = ?", assemblyId)).stream().findFirst();
    }

    private static List<Round> read(Connection c, String where, String value) throws SQLException {
        List<Round> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assemblies_round WHERE " + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String drawn = rs.getString(6);
                    double min = rs.getDouble(7);
                    Double minProbability = rs.wasNull() ? null : min;
                    Timestamp drawnAt = rs.getTimestamp(9);
                    String eligible = rs.getString(11);
                    out.add(new Round(rs.getString(1), rs.getInt(2), rs.getString(3), Json.read(rs.getString(4), LIST), rs.getString(5),
                            drawn == null ? List.of() : Json.read(drawn, LIST), minProbability, rs.getTimestamp(8).toInstant(),
                            drawnAt == null ? null : drawnAt.toInstant(), rs.getString(10),
                            eligible == null ? List.of() : Json.read(eligible, LIST)));
                }
            }
        }
        return out;
    }
}
