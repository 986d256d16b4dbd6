package org.folkmoot.platform.internal.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The SQL on {@code platform_outbox} and the contact columns of {@code account}. */
final class Outbox {

    /** The job that sends one outbox message; its key is the message id. */
    static final String JOB = "platform.mail";

    record Message(String id, String recipient, String language, String subject, String body, boolean sent) {
    }

    record Contact(String email, String language) {
    }

    private Outbox() {
    }

    static Optional<Contact> contact(Connection tx, String accountId) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT email, language FROM account WHERE id = ? AND disabled = FALSE")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null || rs.getString(1).isBlank()) {
                    return Optional.empty();
                }
                return Optional.of(new Contact(rs.getString(1), rs.getString(2)));
            }
        }
    }

    static String insert(Connection tx, String module, String template, String recipient,
                         MailTemplates.Rendered m, Instant now) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO platform_outbox (id, module, template, recipient, "
                + "language, subject, body, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, module);
            ps.setString(3, template);
            ps.setString(4, recipient);
            ps.setString(5, m.language());
            ps.setString(6, cut(m.subject(), 1000));
            ps.setString(7, cut(m.body(), 20000));
            ps.setTimestamp(8, Timestamp.from(now));
            ps.executeUpdate();
        }
        return id;
    }

    static Optional<Message> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, recipient, language, subject, body, sent_at "
                + "FROM platform_outbox WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Message(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6) != null)) : Optional.empty();
            }
        }
    }

    static void markSent(Connection c, String id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE platform_outbox SET sent_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
