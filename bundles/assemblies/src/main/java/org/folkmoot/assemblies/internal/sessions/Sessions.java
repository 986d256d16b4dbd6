package org.folkmoot.assemblies.internal.sessions;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.store.Json;

/** The sessions of assemblies ({@code assemblies_session}): one per assembly and day. */
public final class Sessions {
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private final Transactions tx;
    private final Clock clock;

    public Sessions(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Stores a checked session, replacing the one on the same day; true when it was new. */
    public boolean save(Session s) {
        return tx.inTransaction(c -> {
            boolean existed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assemblies_session WHERE assembly_id = ? AND session_date = ?")) {
                ps.setString(1, s.assemblyId());
                ps.setDate(2, Date.valueOf(s.date()));
                existed = ps.executeUpdate() > 0;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_session (assembly_id, session_date, starts_at,"
                    + " ends_at, title_en, title_cy, place_en, place_cy, online_link, agenda_en, agenda_cy, facilitators, recordings,"
                    + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, s.assemblyId());
                ps.setDate(2, Date.valueOf(s.date()));
                ps.setTime(3, Time.valueOf(s.startsAt()));
                ps.setTime(4, Time.valueOf(s.endsAt()));
                ps.setString(5, s.title().en());
                ps.setString(6, s.title().cy());
                ps.setString(7, s.place().en());
                ps.setString(8, s.place().cy());
                ps.setString(9, s.onlineLink());
                ps.setString(10, Json.write(s.agendaEn()));
                ps.setString(11, Json.write(s.agendaCy()));
                ps.setString(12, Json.write(s.facilitators()));
                ps.setString(13, Json.write(s.recordings()));
                ps.setTimestamp(14, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            return !existed;
        });
    }

    /** An assembly's sessions, by day. */
    public List<Session> of(String assemblyId) {
        return tx.inTransaction(c -> query(c, "WHERE assembly_id = ? ORDER BY session_date", assemblyId, null));
    }

    public Optional<Session> find(String assemblyId, LocalDate day) {
        return tx.inTransaction(c -> query(c, "WHERE assembly_id = ? AND session_date = ?", assemblyId, day)).stream().findFirst();
    }

    private static List<Session> query(Connection c, String where, String assemblyId, LocalDate day) throws SQLException {
        List<Session> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT assembly_id, session_date, starts_at, ends_at, title_en, title_cy,"
                + " place_en, place_cy, online_link, agenda_en, agenda_cy, facilitators, recordings FROM assemblies_session " + where)) {
            ps.setString(1, assemblyId);
            if (day != null) {
                ps.setDate(2, Date.valueOf(day));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Session(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getTime(3).toLocalTime(),
                            rs.getTime(4).toLocalTime(), new LocalisedText(rs.getString(5), rs.getString(6)),
                            new LocalisedText(rs.getString(7), rs.getString(8)), rs.getString(9), Json.read(rs.getString(10), LIST),
                            Json.read(rs.getString(11), LIST), Json.read(rs.getString(12), LIST), Json.read(rs.getString(13), LIST)));
                }
            }
        }
        return out;
    }
}
