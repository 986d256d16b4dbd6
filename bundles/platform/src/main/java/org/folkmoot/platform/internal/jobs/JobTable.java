package org.folkmoot.platform.internal.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobStatus;

/** The SQL on {@code platform_job} (db/migration/platform/V3__jobs_and_mail.sql); no policy. */
final class JobTable {
    static final String PENDING = "PENDING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    private JobTable() {
    }

    /** Inserts the job unless one with that name and key exists; no statement fails on a duplicate. */
    static boolean insert(Connection tx, JobRequest r, Instant now) throws SQLException {
        // ON CONFLICT DO NOTHING (PostgreSQL, and H2 in its PostgreSQL mode): a duplicate from a
        // concurrent runtime must not abort the caller's transaction
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO platform_job (name, job_key, payload, due_at, "
                + "interval_seconds, state, attempts, created, updated) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) "
                + "ON CONFLICT DO NOTHING")) {
            ps.setString(1, r.name());
            ps.setString(2, r.key());
            ps.setString(3, r.payload());
            ps.setTimestamp(4, Timestamp.from(r.at()));
            if (r.every().isPresent()) {
                ps.setLong(5, r.every().get().getSeconds());
            } else {
                ps.setNull(5, java.sql.Types.BIGINT);
            }
            ps.setString(6, PENDING);
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setTimestamp(8, Timestamp.from(now));
            return ps.executeUpdate() == 1;
        }
    }

    static boolean delete(Connection tx, String name, String key) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("DELETE FROM platform_job WHERE name = ? AND job_key = ? AND state <> ?")) {
            ps.setString(1, name);
            ps.setString(2, key);
            ps.setString(3, DONE);
            return ps.executeUpdate() == 1;
        }
    }

    /** Keys of due, unleased jobs of the given names, soonest first. */
    static List<String[]> due(Connection c, Collection<String> names, Instant now, int limit) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", names.stream().map(n -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT name, job_key FROM platform_job WHERE state = ? "
                + "AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?) AND name IN (" + in + ") "
                + "ORDER BY due_at LIMIT " + limit)) {
            int i = 1;
            ps.setString(i++, PENDING);
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setTimestamp(i++, Timestamp.from(now));
            for (String n : names) {
                ps.setString(i++, n);
            }
            List<String[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return out;
        }
    }

    /**
     * Takes the lease on one job if it is still due and free. The WHERE clause is checked again
     * under the row lock, so of two runtimes racing for one row exactly one updates it.
     */
    static Optional<Job> claim(Connection c, String name, String key, String owner, Instant now, Duration lease)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE platform_job SET lease_owner = ?, lease_until = ?, "
                + "attempts = attempts + 1, updated = ? WHERE name = ? AND job_key = ? AND state = ? AND due_at <= ? "
                + "AND (lease_until IS NULL OR lease_until < ?)")) {
            ps.setString(1, owner);
            ps.setTimestamp(2, Timestamp.from(now.plus(lease)));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, name);
            ps.setString(5, key);
            ps.setString(6, PENDING);
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setTimestamp(8, Timestamp.from(now));
            if (ps.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT payload, due_at, attempts FROM platform_job "
                + "WHERE name = ? AND job_key = ? AND lease_owner = ?")) {
            ps.setString(1, name);
            ps.setString(2, key);
            ps.setString(3, owner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Job(name, key, rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                        : Optional.empty();
            }
        }
    }

    /** The interval of a recurring job, empty for a one-off. */
    static Optional<Duration> interval(Connection c, String name, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT interval_seconds FROM platform_job WHERE name = ? AND job_key = ?")) {
            ps.setString(1, name);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long s = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
            }
        }
    }

    /**
     * Ends a run this owner holds the lease of: sets the state, the next due time, the attempts
     * and the error. A runtime whose lease was taken over (it ran too long) changes nothing.
     */
    static boolean finish(Connection c, Job job, String owner, String state, Instant nextDue, boolean resetAttempts,
                          String error, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE platform_job SET state = ?, due_at = ?, last_error = ?, "
                + "attempts = " + (resetAttempts ? "0" : "attempts") + ", lease_owner = NULL, lease_until = NULL, "
                + "updated = ? WHERE name = ? AND job_key = ? AND lease_owner = ?")) {
            ps.setString(1, state);
            ps.setTimestamp(2, Timestamp.from(nextDue));
            ps.setString(3, error);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, job.name());
            ps.setString(6, job.key());
            ps.setString(7, owner);
            return ps.executeUpdate() == 1;
        }
    }

    static List<JobStatus> statuses(Connection c, String name, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, job_key, state, due_at, attempts, last_error "
                + "FROM platform_job WHERE name = ?" + (key == null ? "" : " AND job_key = ?") + " ORDER BY due_at, job_key")) {
            ps.setString(1, name);
            if (key != null) {
                ps.setString(2, key);
            }
            List<JobStatus> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new JobStatus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            rs.getInt(5), Optional.ofNullable(rs.getString(6))));
                }
            }
            return out;
        }
    }
}
