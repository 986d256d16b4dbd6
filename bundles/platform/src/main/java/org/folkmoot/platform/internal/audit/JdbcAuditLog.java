package org.folkmoot.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.audit.AuditRecord;
import org.folkmoot.platform.internal.Jdbc;

/** The audit log in table {@code audit_log}. */
public class JdbcAuditLog implements AuditLog {

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcAuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void record(Actor actor, String action, String target, String detail) {
        Jdbc.inTransaction(dataSource, tx -> {
            insert(tx, actor, action, target, detail);
            return null;
        });
    }

    @Override
    public void record(Connection tx, Actor actor, String action, String target, String detail) {
        Jdbc.on(tx, c -> {
            insert(c, actor, action, target, detail);
            return null;
        });
    }

    private void insert(Connection c, Actor actor, String action, String target, String detail)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log "
                + "(happened_at, actor, origin, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, cut(actor.id(), 200));
            ps.setString(3, cut(actor.origin(), 200));
            ps.setString(4, cut(action, 200));
            ps.setString(5, cut(target, 300));
            ps.setString(6, cut(detail, 2000));
            ps.executeUpdate();
        }
    }

    @Override
    public List<AuditRecord> latest(long beforeId, int limit) {
        int n = Math.max(1, Math.min(limit, 1000));
        return Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, happened_at, actor, origin, action, target, detail "
                    + "FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT " + n)) {
                ps.setLong(1, beforeId);
                List<AuditRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
