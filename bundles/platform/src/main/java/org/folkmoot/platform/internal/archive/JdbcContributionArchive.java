package org.folkmoot.platform.internal.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Map;

import javax.sql.DataSource;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.AuthorDetails;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.archive.Edit;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.storage.TxWork;
import org.folkmoot.platform.internal.Jdbc;

/** The archive in tables {@code contribution}, {@code archive_sequence} and {@code author_details}. */
public class JdbcContributionArchive implements ContributionArchive {

    /** What an erased contribution says instead of its text. */
    public static final String ERASED_BODY = "[This contribution was erased at its author's request.]";
    /** The author pseudonym of an erased contribution. */
    public static final String ERASED_AUTHOR = "erased";

    private static final String COLUMNS = "id, external_id, module, container_type, container_id, container_title, kind, "
            + "title, body, language, locality, author, created, updated, state, tags, seq, last_change, moderation_note, link";

    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;

    public JdbcContributionArchive(DataSource dataSource, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Appended append(NewContribution contribution) {
        NewContribution c = Validation.check(contribution);
        return Jdbc.inTransaction(dataSource, tx -> insert(tx, c));
    }

    @Override
    public Appended append(Connection tx, NewContribution contribution) {
        NewContribution c = Validation.check(contribution);
        return Jdbc.on(tx, t -> insert(t, c));
    }

    @Override
    public List<Appended> appendAll(List<NewContribution> contributions) {
        List<NewContribution> checked = contributions.stream().map(Validation::check).toList();
        return Jdbc.inTransaction(dataSource, tx -> insertAll(tx, checked));
    }

    @Override
    public List<Appended> appendAll(Connection tx, List<NewContribution> contributions) {
        List<NewContribution> checked = contributions.stream().map(Validation::check).toList();
        return Jdbc.on(tx, t -> insertAll(t, checked));
    }

    /**
     * The batch form of {@link #insert}, with the same rules: external ids already stored are looked up
     * {@value #LOOK_UP} at a time, first without the sequence lock (an import of what is already there takes no lock and no
     * sequence number) and again once holding it; the new ones take consecutive sequence numbers in one
     * step and go in as one JDBC batch. A number reserved for one that another transaction stored in the
     * meantime is left as a gap, which followers pass over.
     */
    private List<Appended> insertAll(Connection tx, List<NewContribution> list) throws SQLException {
        return againIfRaced(tx, t -> insertAllOnce(t, list));
    }

    private List<Appended> insertAllOnce(Connection tx, List<NewContribution> list) throws SQLException {
        Map<String, Contribution> stored = byExternalIds(tx, list);
        List<Integer> fresh = firstOfEach(list, stored);
        Map<Integer, Contribution> inserted = new HashMap<>();
        if (!fresh.isEmpty()) {
            long first = reserve(tx, fresh.size());
            stored.putAll(byExternalIds(tx, fresh.stream().map(list::get).toList()));
            Instant now = now();
            try (PreparedStatement ps = tx.prepareStatement(INSERT)) {
                for (int n = 0; n < fresh.size(); n++) {
                    NewContribution c = list.get(fresh.get(n));
                    if (c.externalId() != null && stored.containsKey(c.externalId())) {
                        continue;
                    }
                    Contribution row = newRow(c, first + n, now);
                    bind(ps, row);
                    ps.addBatch();
                    inserted.put(fresh.get(n), row);
                }
                ps.executeBatch();
            }
        }
        List<Appended> out = new ArrayList<>(list.size());
        Map<String, Contribution> seen = new HashMap<>(stored);
        for (int i = 0; i < list.size(); i++) {
            Contribution row = inserted.get(i);
            if (row != null) {
                out.add(new Appended(row, true));
                if (!row.externalId().isEmpty()) {
                    seen.put(row.externalId(), row);
                }
            } else {
                out.add(new Appended(seen.get(list.get(i).externalId()), false));
            }
        }
        return out;
    }

    /** The positions of the contributions to insert: no external id, or the first with an id not yet stored. */
    private static List<Integer> firstOfEach(List<NewContribution> list, Map<String, Contribution> stored) {
        Set<String> taken = new HashSet<>(stored.keySet());
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String externalId = list.get(i).externalId();
            if (externalId == null || taken.add(externalId)) {
                fresh.add(i);
            }
        }
        return fresh;
    }

    /** The stored contributions with the external ids of these, by external id. */
    private Map<String, Contribution> byExternalIds(Connection tx, List<NewContribution> list) throws SQLException {
        List<String> ids = list.stream().map(NewContribution::externalId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Contribution> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOK_UP) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + LOOK_UP));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            for (Contribution c : list(tx, "SELECT " + COLUMNS + " FROM contribution WHERE external_id IN (" + marks + ")",
                    part.toArray())) {
                out.put(c.externalId(), c);
            }
        }
        return out;
    }

    /**
     * External ids looked up in one statement. Not more: H2 checks each row an IN list finds against the whole
     * list, so a list of n costs n squared comparisons (1,000 ids looked up 500 at a time took 17 to 19 ms on
     * H2 here, 50 at a time 4.5 to 5 ms, one at a time 6 to 7 ms); on PostgreSQL, 50 saves 49 round trips in 50.
     */
    private static final int LOOK_UP = 50;

    /**
     * Takes {@code count} sequence values in one step, under the same row lock as {@link #nextSequence}.
     *
     * @return the first of them
     */
    private static long reserve(Connection tx, int count) throws SQLException {
        try (PreparedStatement up = tx.prepareStatement("UPDATE archive_sequence SET last_value = last_value + ? WHERE id = 1")) {
            up.setLong(1, count);
            up.executeUpdate();
        }
        try (PreparedStatement q = tx.prepareStatement("SELECT last_value FROM archive_sequence WHERE id = 1");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1) - count + 1;
        }
    }

    /** Appends already-checked contributions; used by the importer for its batches. */
    Appended insertChecked(Connection tx, NewContribution c) throws SQLException {
        return insert(tx, c);
    }

    private Appended insert(Connection tx, NewContribution c) throws SQLException {
        return againIfRaced(tx, t -> insertOnce(t, c));
    }

    private Appended insertOnce(Connection tx, NewContribution c) throws SQLException {
        if (c.externalId() != null) {
            // Already there: nothing to do, and no sequence number spent.
            Optional<Contribution> existing = one(tx, "external_id = ?", c.externalId());
            if (existing.isPresent()) {
                return new Appended(existing.get(), false);
            }
        }
        // The sequence lock makes the check and the insert one step, even when two transactions
        // append the same external id at once: look again once holding it.
        long seq = nextSequence(tx);
        if (c.externalId() != null) {
            Optional<Contribution> existing = one(tx, "external_id = ?", c.externalId());
            if (existing.isPresent()) {
                return new Appended(existing.get(), false);
            }
        }
        Contribution row = newRow(c, seq, now());
        try (PreparedStatement ps = tx.prepareStatement(INSERT)) {
            bind(ps, row);
            ps.executeUpdate();
        }
        return new Appended(row, true);
    }

    /**
     * Runs one insertion again if it raced another transaction storing the same external id. The sequence
     * lock makes "look, then insert" one step on PostgreSQL, but H2 can hand the lock over while the
     * transaction that held it is still committing, before its rows are visible to the next statement:
     * the insert then breaks the unique index on {@code external_id} (BatchAppendTest's concurrent writers
     * met it in about one run in ten). The attempt is undone to a savepoint and made again, and then finds
     * the other's rows instead of inserting them. Any other error, or a third race, is thrown.
     */
    private static <T> T againIfRaced(Connection tx, TxWork<T> attempt) throws SQLException {
        if (tx.getAutoCommit()) {
            return attempt.run(tx);
        }
        for (int tries = 1; ; tries++) {
            Savepoint before = tx.setSavepoint();
            try {
                T done = attempt.run(tx);
                tx.releaseSavepoint(before);
                return done;
            } catch (SQLException e) {
                if (tries == RACE_TRIES || !uniqueViolation(e)) {
                    throw e;
                }
                tx.rollback(before);
            }
        }
    }

    private static final int RACE_TRIES = 3;

    /** SQLSTATE 23505, on the error or on any error of a batch it reports. */
    private static boolean uniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static final String INSERT = "INSERT INTO contribution (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A new contribution as it is stored: published, with a fresh id, at this sequence. */
    private static Contribution newRow(NewContribution c, long seq, Instant now) {
        Instant created = c.created() == null ? now : c.created().truncatedTo(ChronoUnit.MICROS);
        return new Contribution(TimeOrderedIds.next(now.toEpochMilli()), c.externalId(), c.module(), c.container(), c.kind(),
                c.title(), c.body(), c.language(), c.locality(), c.author(), created, now, ContributionState.PUBLISHED,
                c.tags(), seq, ChangeKind.CREATED, "", c.link());
    }

    private static void bind(PreparedStatement ps, Contribution c) throws SQLException {
        ps.setString(1, c.id());
        ps.setString(2, c.externalId().isEmpty() ? null : c.externalId());
        ps.setString(3, c.module());
        ps.setString(4, c.container().type());
        ps.setString(5, c.container().id());
        ps.setString(6, c.container().title());
        ps.setString(7, c.kind());
        ps.setString(8, c.title() == null ? "" : c.title());
        ps.setString(9, c.body());
        ps.setString(10, c.language());
        ps.setString(11, c.locality() == null ? "" : c.locality());
        ps.setString(12, c.author());
        ps.setTimestamp(13, Timestamp.from(c.created()));
        ps.setTimestamp(14, Timestamp.from(c.updated()));
        ps.setString(15, ContributionState.PUBLISHED.id());
        ps.setString(16, String.join(",", c.tags()));
        ps.setLong(17, c.sequence());
        ps.setString(18, ChangeKind.CREATED.id());
        ps.setString(19, "");
        ps.setString(20, c.linkIfAny().orElse(""));
    }

    /**
     * Takes the next sequence value. The row lock is held until the transaction ends, so a
     * transaction holding sequence n commits (or rolls back) before any other gets n + 1.
     */
    private static long nextSequence(Connection tx) throws SQLException {
        try (PreparedStatement up = tx.prepareStatement("UPDATE archive_sequence SET last_value = last_value + 1 WHERE id = 1")) {
            up.executeUpdate();
        }
        try (PreparedStatement q = tx.prepareStatement("SELECT last_value FROM archive_sequence WHERE id = 1");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Optional<Contribution> get(String id) {
        return Jdbc.inTransaction(dataSource, tx -> one(tx, "id = ?", id));
    }

    @Override
    public Optional<Contribution> byExternalId(String externalId) {
        return Jdbc.inTransaction(dataSource, tx -> one(tx, "external_id = ?", externalId));
    }

    @Override
    public List<Contribution> find(ContributionQuery q) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.module() != null) {
            where.append(" AND module = ?");
            args.add(q.module());
        }
        if (q.containerType() != null) {
            where.append(" AND container_type = ?");
            args.add(q.containerType());
        }
        if (q.containerId() != null) {
            where.append(" AND container_id = ?");
            args.add(q.containerId());
        }
        if (q.author() != null) {
            where.append(" AND author = ?");
            args.add(q.author());
        }
        if (q.publicOnly()) {
            where.append(" AND state = ?");
            args.add(ContributionState.PUBLISHED.id());
        }
        String sql = "SELECT " + COLUMNS + " FROM contribution WHERE " + where
                + " ORDER BY created DESC, seq DESC LIMIT " + q.limit() + " OFFSET " + q.offset();
        return Jdbc.inTransaction(dataSource, tx -> list(tx, sql, args.toArray()));
    }

    /** Published contributions with a sequence above {@code afterSequence}, for export. */
    public List<Contribution> publicPage(long afterSequence, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM contribution WHERE state = ? AND seq > ? ORDER BY seq LIMIT " + limit;
        return Jdbc.inTransaction(dataSource, tx -> list(tx, sql, ContributionState.PUBLISHED.id(), afterSequence));
    }

    @Override
    public Contribution edit(String id, Edit edit, Actor by) {
        return Jdbc.inTransaction(dataSource, tx -> doEdit(tx, id, edit, by));
    }

    @Override
    public Contribution edit(Connection tx, String id, Edit edit, Actor by) {
        return Jdbc.on(tx, t -> doEdit(t, id, edit, by));
    }

    private Contribution doEdit(Connection tx, String id, Edit edit, Actor by) throws SQLException {
        Contribution c = forUpdate(tx, id);
        if (c.state() == ContributionState.ERASED) {
            throw new IllegalStateException("An erased contribution cannot be edited");
        }
        String title = edit.title() == null ? c.title() : edit.title();
        String body = edit.body() == null ? c.body() : edit.body();
        List<String> tags = edit.tags() == null ? c.tags() : Validation.tags(edit.tags());
        Validation.check(new NewContribution(null, c.module(), c.container(), c.kind(), title, body, c.language(),
                c.locality(), c.author(), null, tags, c.linkIfAny().orElse(null)));
        long seq = nextSequence(tx);
        try (PreparedStatement ps = tx.prepareStatement("UPDATE contribution SET title = ?, body = ?, tags = ?, "
                + "updated = ?, seq = ?, last_change = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setString(2, body);
            ps.setString(3, String.join(",", tags));
            ps.setTimestamp(4, Timestamp.from(now()));
            ps.setLong(5, seq);
            ps.setString(6, ChangeKind.EDITED.id());
            ps.setString(7, id);
            ps.executeUpdate();
        }
        audit.record(tx, by, "archive.edited", id, "");
        return one(tx, "id = ?", id).orElseThrow();
    }

    @Override
    public Contribution withdraw(String id, Actor by) {
        return Jdbc.inTransaction(dataSource, tx -> {
            Contribution c = forUpdate(tx, id);
            if (c.state() == ContributionState.ERASED || c.state() == ContributionState.WITHDRAWN) {
                throw new IllegalStateException("This contribution is already " + c.state().id());
            }
            return changeState(tx, id, ContributionState.WITHDRAWN, ChangeKind.WITHDRAWN, c.moderationNote(), by,
                    "archive.withdrawn", "");
        });
    }

    @Override
    public Contribution hide(String id, String reason, Actor by) {
        return moderate(id, reason, by, ContributionState.PUBLISHED, ContributionState.HIDDEN, ChangeKind.HIDDEN,
                "archive.hidden", "Only a published contribution can be hidden");
    }

    @Override
    public Contribution unhide(String id, String reason, Actor by) {
        return moderate(id, reason, by, ContributionState.HIDDEN, ContributionState.PUBLISHED, ChangeKind.UNHIDDEN,
                "archive.unhidden", "Only a hidden contribution can be unhidden");
    }

    /** An officer's move from one state to another, with the reason kept and audited. */
    private Contribution moderate(String id, String reason, Actor by, ContributionState from, ContributionState to,
                                  ChangeKind kind, String auditAction, String onlyFrom) {
        String why = reason(reason);
        return Jdbc.inTransaction(dataSource, tx -> {
            Contribution c = forUpdate(tx, id);
            if (c.state() != from) {
                throw new IllegalStateException(onlyFrom + "; this one is " + c.state().id());
            }
            return changeState(tx, id, to, kind, why, by, auditAction, why);
        });
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        Validation.length("reason", reason, 2000);
        return reason.trim();
    }

    private Contribution changeState(Connection tx, String id, ContributionState state, ChangeKind change, String note,
            Actor by, String action, String detail) throws SQLException {
        long seq = nextSequence(tx);
        try (PreparedStatement ps = tx.prepareStatement("UPDATE contribution SET state = ?, last_change = ?, "
                + "moderation_note = ?, updated = ?, seq = ? WHERE id = ?")) {
            ps.setString(1, state.id());
            ps.setString(2, change.id());
            ps.setString(3, note);
            ps.setTimestamp(4, Timestamp.from(now()));
            ps.setLong(5, seq);
            ps.setString(6, id);
            ps.executeUpdate();
        }
        audit.record(tx, by, action, id, detail);
        return one(tx, "id = ?", id).orElseThrow();
    }

    @Override
    public int eraseAuthor(String author, Actor by) {
        if (author == null || author.isBlank() || ERASED_AUTHOR.equals(author)) {
            throw new IllegalArgumentException("An author pseudonym is required");
        }
        return Jdbc.inTransaction(dataSource, tx -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement("SELECT id FROM contribution WHERE author = ? ORDER BY seq FOR UPDATE")) {
                ps.setString(1, author);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            Instant now = now();
            for (String id : ids) {
                long seq = nextSequence(tx);
                try (PreparedStatement ps = tx.prepareStatement("UPDATE contribution SET title = '', body = ?, "
                        + "author = ?, tags = '', state = ?, last_change = ?, moderation_note = '', updated = ?, seq = ? WHERE id = ?")) {
                    ps.setString(1, ERASED_BODY);
                    ps.setString(2, ERASED_AUTHOR);
                    ps.setString(3, ContributionState.ERASED.id());
                    ps.setString(4, ChangeKind.ERASED.id());
                    ps.setTimestamp(5, Timestamp.from(now));
                    ps.setLong(6, seq);
                    ps.setString(7, id);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM author_details WHERE author = ?")) {
                ps.setString(1, author);
                ps.executeUpdate();
            }
            int files = org.folkmoot.platform.internal.files.JdbcAttachments.deleteUploadedBy(tx, author);
            // The pseudonym itself is not written to the log: only how many contributions were erased.
            audit.record(tx, by, "archive.erased", "", ids.size() + " contributions erased on request"
                    + (files > 0 ? ", " + files + " files they uploaded deleted" : ""));
            return ids.size();
        });
    }

    @Override
    public void saveAuthorDetails(String author, AuthorDetails d) {
        Validation.length("name", d.name(), 300);
        Validation.length("email", d.email(), 300);
        Validation.length("phone", d.phone(), 100);
        Validation.length("postalAddress", d.postalAddress(), 1000);
        Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement del = tx.prepareStatement("DELETE FROM author_details WHERE author = ?")) {
                del.setString(1, author);
                del.executeUpdate();
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO author_details "
                    + "(author, full_name, email, phone, postal_address) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, author);
                ps.setString(2, d.name());
                ps.setString(3, d.email());
                ps.setString(4, d.phone());
                ps.setString(5, d.postalAddress());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<AuthorDetails> authorDetails(String author) {
        return Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("SELECT full_name, email, phone, postal_address "
                    + "FROM author_details WHERE author = ?")) {
                ps.setString(1, author);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new AuthorDetails(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Contribution> changesSince(long sequence, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000");
        }
        String sql = "SELECT " + COLUMNS + " FROM contribution WHERE seq > ? ORDER BY seq LIMIT " + limit;
        return Jdbc.inTransaction(dataSource, tx -> list(tx, sql, sequence));
    }

    /** How far {@link #skipAhead()} moves the sequence. */
    public static final long RESTART_GAP = 1_000_000;

    /**
     * Moves the sequence well past any value handed out before this start. Needed on H2, where a
     * commit becomes visible to readers a moment before it reaches the file: after a kill -9 a
     * follower may have seen sequence numbers that were lost, and must never see them reused.
     * (PostgreSQL makes a commit durable before it is visible.) Gaps are harmless to followers.
     */
    public void skipAhead() {
        Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement up = tx.prepareStatement("UPDATE archive_sequence SET last_value = last_value + ? WHERE id = 1")) {
                up.setLong(1, RESTART_GAP);
                up.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long countChangesSince(long sequence) {
        return Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement q = tx.prepareStatement("SELECT COUNT(*) FROM contribution WHERE seq > ?")) {
                q.setLong(1, sequence);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public long currentSequence() {
        return Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement q = tx.prepareStatement("SELECT last_value FROM archive_sequence WHERE id = 1");
                    ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private Contribution forUpdate(Connection tx, String id) throws SQLException {
        List<Contribution> found = list(tx, "SELECT " + COLUMNS + " FROM contribution WHERE id = ? FOR UPDATE", id);
        if (found.isEmpty()) {
            throw new NoSuchElementException("No contribution with id " + id);
        }
        return found.get(0);
    }

    private Optional<Contribution> one(Connection tx, String where, Object arg) throws SQLException {
        List<Contribution> found = list(tx, "SELECT " + COLUMNS + " FROM contribution WHERE " + where, arg);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Contribution> list(Connection tx, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Contribution> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    private static Contribution read(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        return new Contribution(rs.getString("id"), rs.getString("external_id"), rs.getString("module"),
                new Container(rs.getString("container_type"), rs.getString("container_id"), rs.getString("container_title")),
                rs.getString("kind"), rs.getString("title"), rs.getString("body"), rs.getString("language"),
                rs.getString("locality"), rs.getString("author"), rs.getTimestamp("created").toInstant(),
                rs.getTimestamp("updated").toInstant(),
                ContributionState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), rs.getLong("seq"),
                ChangeKind.valueOf(rs.getString("last_change").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("moderation_note"), rs.getString("link"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
