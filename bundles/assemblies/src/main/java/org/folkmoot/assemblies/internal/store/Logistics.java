package org.folkmoot.assemblies.internal.store;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.Refused;

/** Members' logistics, private to officers: attendance per session, payments and expenses. */
public final class Logistics {

    private final Transactions tx;

    Logistics(Transactions tx) {
        this.tx = tx;
    }

    /** A payment to a member (a thank-you payment) or an expense repaid. */
    public enum Kind { PAYMENT, EXPENSE }

    public record Payment(String pseudonym, String name, Kind kind, long pence, LocalDate paidOn, String description) {
    }

    public record Attendance(String pseudonym, LocalDate session, boolean attended) {
    }

    public void attendance(String personId, LocalDate session, boolean attended) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM assemblies_attendance WHERE person_id = ? AND session_date = ?")) {
                ps.setString(1, personId);
                ps.setDate(2, Date.valueOf(session));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_attendance (person_id, session_date, attended)"
                    + " VALUES (?,?,?)")) {
                ps.setString(1, personId);
                ps.setDate(2, Date.valueOf(session));
                ps.setBoolean(3, attended);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<Attendance> attendance(String assemblyId) {
        return tx.inTransaction(c -> {
            List<Attendance> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.pseudonym, a.session_date, a.attended FROM assemblies_attendance a"
                    + " JOIN assemblies_person p ON p.id = a.person_id WHERE p.assembly_id = ? ORDER BY a.session_date, p.pseudonym")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Attendance(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBoolean(3)));
                    }
                }
            }
            return out;
        });
    }

    public void pay(String personId, Kind kind, long pence, LocalDate paidOn, String description) {
        if (pence <= 0 || pence > 10_000_000) {
            throw Refused.of("amount", "assemblies.error.payment.amount");
        }
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assemblies_payment (id, person_id, kind, amount_pence,"
                    + " paid_on, description) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, personId);
                ps.setString(3, kind.name());
                ps.setLong(4, pence);
                ps.setDate(5, Date.valueOf(paidOn));
                ps.setString(6, description == null ? "" : description.strip());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<Payment> payments(String assemblyId) {
        return tx.inTransaction(c -> {
            List<Payment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.pseudonym, p.full_name, m.kind, m.amount_pence, m.paid_on,"
                    + " m.description FROM assemblies_payment m JOIN assemblies_person p ON p.id = m.person_id"
                    + " WHERE p.assembly_id = ? ORDER BY m.paid_on, p.pseudonym")) {
                ps.setString(1, assemblyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Payment(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getLong(4),
                                rs.getDate(5).toLocalDate(), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** The CSV for the finance team: one row per payment or expense, amounts in pounds. */
    public String financeCsv(String assemblyId) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("member", "name", "kind", "amount_gbp", "date_paid", "description").get())) {
            for (Payment p : payments(assemblyId)) {
                csv.printRecord(p.pseudonym(), p.name(), p.kind().name().toLowerCase(java.util.Locale.ROOT),
                        String.format(java.util.Locale.ROOT, "%d.%02d", p.pence() / 100, p.pence() % 100), p.paidOn(),
                        p.description());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
