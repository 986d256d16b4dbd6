package org.folkmoot.assemblies.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;

import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.registration.Codes;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.RegistrationCheck;

/**
 * The households the lottery drew (with their codes) and the people who registered: personal data,
 * read only by officers' pages and API, erased on request and after the retention date.
 */
public final class Registrations {
    private static final String PERSON = "id, assembly_id, household_code, pseudonym, full_name, email, phone, date_of_birth,"
            + " answers, available, access_needs, channel, entered_by, registered_at";

    private final Transactions tx;
    private final Clock clock;

    Registrations(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** A household the lottery drew: its registration code, UPRN, address, stratum and lottery key. */
    public record Household(String code, String uprn, String address, String stratum, String key, boolean used) {
    }

    /** The published account of a civic lottery. */
    public record Lottery(String seed, int letters, int addresses, String fileSha256, List<Stratum> strata, Instant drawnAt) {
        public Lottery {
            strata = List.copyOf(strata);
        }
    }

    /** One stratum of a lottery: how many addresses it held and how many letters it got. */
    public record Stratum(String stratum, int addresses, int letters, double weight) {
    }

    /** Stores the drawn households and the lottery's account, once per assembly. */
    public void addHouseholds(String assemblyId, List<Household> households, Lottery lottery) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM assemblies_lottery WHERE assembly_id = ?")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw Refused.of("addresses", "assemblies.error.lottery.done").withStatus(409);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_lottery (assembly_id, seed, letters, addresses,"
                    + " file_sha256, strata, drawn_at) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, assemblyId);
                ps.setString(2, lottery.seed());
                ps.setInt(3, lottery.letters());
                ps.setInt(4, lottery.addresses());
                ps.setString(5, lottery.fileSha256());
                ps.setString(6, Json.write(lottery.strata()));
                ps.setTimestamp(7, Timestamp.from(lottery.drawnAt()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_household (assembly_id, code, uprn, address,"
                    + " stratum, lottery_key) VALUES (?,?,?,?,?,?)")) {
                int n = 0;
                for (Household h : households) {
                    ps.setString(1, assemblyId);
                    ps.setString(2, Codes.normalise(h.code()));
                    ps.setString(3, h.uprn());
                    ps.setString(4, h.address());
                    ps.setString(5, h.stratum());
                    ps.setString(6, h.key());
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public Optional<Lottery> lottery(String assemblyId) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seed, letters, addresses, file_sha256, strata, drawn_at"
                    + " FROM assemblies_lottery WHERE assembly_id = ?")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Lottery(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            Json.read(rs.getString(5), new TypeReference<List<Stratum>>() { }), rs.getTimestamp(6).toInstant()));
                }
            }
        });
    }

    public Optional<Household> household(String assemblyId, String code) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, uprn, address, stratum, lottery_key, used_at"
                    + " FROM assemblies_household WHERE assembly_id = ? AND code = ?")) {
                ps.setString(1, assemblyId);
                ps.setString(2, Codes.normalise(code));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Household(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6) != null)) : Optional.empty();
                }
            }
        });
    }

    /** Households drawn, in key order (as the lottery drew them), with their codes: for letters. */
    public List<Household> households(String assemblyId) {
        return tx.inTransaction(c -> {
            List<Household> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, uprn, address, stratum, lottery_key, used_at"
                    + " FROM assemblies_household WHERE assembly_id = ? ORDER BY stratum, lottery_key")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Household(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getTimestamp(6) != null));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Registers a household's people under one code, all or none: the code is marked used in the
     * same transaction, so a second use (or two at once) finds it used and writes nothing.
     *
     * @throws Refused 404-like 422 for an unknown code, 409 for a used one
     */
    public List<Person> register(String assemblyId, String code, List<RegistrationCheck.Checked> people, String channel,
            String enteredBy) {
        String normalised = Codes.normalise(code);
        return tx.inTransaction(c -> {
            Instant now = clock.instant();
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_household SET used_at = ?"
                    + " WHERE assembly_id = ? AND code = ? AND used_at IS NULL")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, assemblyId);
                ps.setString(3, normalised);
                if (ps.executeUpdate() == 0) {
                    throw household(c, assemblyId, normalised)
                            ? Refused.of("code", "assemblies.error.code.used").withStatus(409)
                            : Refused.of("code", "assemblies.error.code.unknown");
                }
            }
            List<Person> saved = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_person (" + PERSON
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (RegistrationCheck.Checked p : people) {
                    Person person = new Person(UUID.randomUUID().toString(), assemblyId, normalised, Codes.pseudonym(),
                            p.name(), p.email(), p.phone(), p.dateOfBirth(), p.answers(), true, p.accessNeeds(), channel,
                            enteredBy == null ? "" : enteredBy, now);
                    int i = 1;
                    ps.setString(i++, person.id());
                    ps.setString(i++, assemblyId);
                    ps.setString(i++, normalised);
                    ps.setString(i++, person.pseudonym());
                    ps.setString(i++, person.name());
                    ps.setString(i++, person.email());
                    ps.setString(i++, person.phone());
                    ps.setDate(i++, Date.valueOf(person.dateOfBirth()));
                    ps.setString(i++, Json.write(person.answers()));
                    ps.setBoolean(i++, true);
                    ps.setString(i++, person.accessNeeds());
                    ps.setString(i++, channel);
                    ps.setString(i++, person.enteredBy());
                    ps.setTimestamp(i, Timestamp.from(now));
                    ps.executeUpdate();
                    saved.add(person);
                }
            }
            return saved;
        });
    }

    private static boolean household(Connection c, String assemblyId, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM assemblies_household WHERE assembly_id = ? AND code = ?")) {
            ps.setString(1, assemblyId);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Everyone registered for an assembly, in the order they registered. */
    public List<Person> people(String assemblyId) {
        return tx.inTransaction(c -> {
            List<Person> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON
                    + " FROM assemblies_person WHERE assembly_id = ? ORDER BY registered_at, pseudonym")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(person(rs));
                    }
                }
            }
            return out;
        });
    }

    public Optional<Person> person(String assemblyId, String pseudonym) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON
                    + " FROM assemblies_person WHERE assembly_id = ? AND pseudonym = ?")) {
                ps.setString(1, assemblyId);
                ps.setString(2, pseudonym);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(person(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Erases one person on request: their registration, attendance and payments. Their pseudonym
     * stays on a published panel, linked to nobody.
     */
    public boolean erase(String assemblyId, String pseudonym) {
        return tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assemblies_person WHERE assembly_id = ? AND pseudonym = ?")) {
                ps.setString(1, assemblyId);
                ps.setString(2, pseudonym);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /**
     * Deletes the registrations (and households' addresses) of every assembly whose retention
     * date has passed; returns how many people were deleted.
     */
    public int eraseExpired(LocalDate today) {
        return tx.inTransaction(c -> {
            int deleted;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assemblies_person WHERE assembly_id IN"
                    + " (SELECT id FROM assemblies_assembly WHERE retention_until < ?)")) {
                ps.setDate(1, Date.valueOf(today));
                deleted = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE assemblies_household SET address = '' WHERE address <> ''"
                    + " AND assembly_id IN (SELECT id FROM assemblies_assembly WHERE retention_until < ?)")) {
                ps.setDate(1, Date.valueOf(today));
                ps.executeUpdate();
            }
            return deleted;
        });
    }

    private static Person person(ResultSet rs) throws SQLException {
        Map<String, String> answers = Json.read(rs.getString("answers"), new TypeReference<Map<String, String>>() { });
        return new Person(rs.getString("id"), rs.getString("assembly_id"), rs.getString("household_code"),
                rs.getString("pseudonym"), rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
                rs.getDate("date_of_birth").toLocalDate(), answers, rs.getBoolean("available"), rs.getString("access_needs"),
                rs.getString("channel"), rs.getString("entered_by"), rs.getTimestamp("registered_at").toInstant());
    }
}
