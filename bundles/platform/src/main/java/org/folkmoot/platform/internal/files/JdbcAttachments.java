package org.folkmoot.platform.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.api.files.FileRefused;
import org.folkmoot.api.files.FileType;
import org.folkmoot.api.files.NewAttachment;
import org.folkmoot.platform.internal.Jdbc;

/**
 * Files in the database. An upload is first spooled to a temporary file (counting and hashing as
 * it goes, stopping at the module's limit) so that its type can be checked and a refusal leaves
 * nothing written; then it is copied into {@code attachment_chunk} 256 KiB at a time in one
 * transaction. Reading takes one chunk per query, so memory stays at one chunk either way.
 */
public class JdbcAttachments implements Attachments {

    static final int CHUNK = 256 * 1024;
    private static final String COLUMNS = "id, module, owner, filename, file_type, size_bytes, sha256, uploader, read_role, created";

    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;
    private volatile ToLongFunction<String> limits;

    /** @param limits the largest file, in bytes, for a module id */
    public JdbcAttachments(DataSource dataSource, AuditLog audit, Clock clock, ToLongFunction<String> limits) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    /** New limits take effect for the next upload. */
    protected void limits(ToLongFunction<String> limits) {
        this.limits = limits;
    }

    @Override
    public long limit(String module) {
        return limits.applyAsLong(module);
    }

    @Override
    public Attachment store(NewAttachment file, InputStream content, Actor by) throws IOException {
        if (file.filename().isEmpty() || file.filename().length() > 300) {
            throw new FileRefused(FileRefused.Reason.INVALID, "Give the file a name of at most 300 characters");
        }
        Path spool = Files.createTempFile("folkmoot-file", ".part");
        try {
            long limit = limit(file.module());
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), sha)) {
                size = copyAtMost(content, out, limit);
            }
            if (size > limit) {
                throw new FileRefused(FileRefused.Reason.TOO_LARGE, "A file for this module may be at most "
                        + megabytes(limit) + "; this one is larger");
            }
            if (size == 0) {
                throw new FileRefused(FileRefused.Reason.INVALID, "The file is empty");
            }
            FileType type = checkedType(file, spool);
            Attachment a = new Attachment(UUID.randomUUID().toString(), file.module(), file.owner(), file.filename(), type,
                    size, HexFormat.of().formatHex(sha.digest()), file.uploader(), file.readRole(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            Jdbc.inTransaction(dataSource, tx -> {
                insert(tx, a, spool);
                return null;
            });
            audit.record(by, "files.stored", a.id(), a.module() + " " + a.owner() + " " + a.type() + " " + a.size() + " bytes");
            return a;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Copies up to {@code limit + 1} bytes: one more than allowed is enough to refuse. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while (total <= limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit + 1 - total))) > 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
    }

    private static FileType checkedType(NewAttachment file, Path spool) throws IOException {
        FileType type = ContentType.of(spool).orElseThrow(() -> new FileRefused(FileRefused.Reason.WRONG_TYPE,
                "This is not a PDF, ODT, DOCX, PNG, JPEG or CSV file"));
        Optional<FileType> claimed = FileType.claimedBy(file.filename());
        if (claimed.isEmpty() || claimed.get() != type) {
            throw new FileRefused(FileRefused.Reason.WRONG_TYPE, "The file is a " + type + " but its name says "
                    + claimed.map(FileType::name).orElse("nothing") + ": name it ." + type.extensions().get(0));
        }
        if (!file.accepted().contains(type)) {
            throw new FileRefused(FileRefused.Reason.WRONG_TYPE, "A " + type + " file is not accepted here");
        }
        return type;
    }

    private static void insert(Connection tx, Attachment a, Path spool) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO attachment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.module());
            ps.setString(3, a.owner());
            ps.setString(4, a.filename());
            ps.setString(5, a.type().name());
            ps.setLong(6, a.size());
            ps.setString(7, a.sha256());
            ps.setString(8, a.uploader());
            ps.setString(9, a.readRole());
            ps.setTimestamp(10, Timestamp.from(a.created()));
            ps.executeUpdate();
        }
        byte[] buf = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(spool);
                PreparedStatement ps = tx.prepareStatement("INSERT INTO attachment_chunk (attachment_id, chunk, data) VALUES (?, ?, ?)")) {
            int chunk = 0;
            int n;
            while ((n = in.readNBytes(buf, 0, CHUNK)) > 0) {
                ps.setString(1, a.id());
                ps.setInt(2, chunk++);
                ps.setBinaryStream(3, new java.io.ByteArrayInputStream(buf, 0, n), n);
                ps.executeUpdate();
            }
        } catch (IOException e) {
            throw new SQLException("Could not read the spooled upload", e);
        }
    }

    @Override
    public Optional<Attachment> find(String id) {
        return Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("SELECT " + COLUMNS + " FROM attachment WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Attachment> byOwner(String module, String owner) {
        return Jdbc.inTransaction(dataSource, tx -> {
            List<Attachment> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement("SELECT " + COLUMNS
                    + " FROM attachment WHERE module = ? AND owner = ? ORDER BY created, id")) {
                ps.setString(1, module);
                ps.setString(2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean copyContent(String id, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT data FROM attachment_chunk WHERE attachment_id = ? AND chunk = ?")) {
            boolean any = false;
            for (int chunk = 0;; chunk++) {
                ps.setString(1, id);
                ps.setInt(2, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return any;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                    any = true;
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not read file " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(String id, Actor by) {
        int n = Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM attachment WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
        if (n > 0) {
            audit.record(by, "files.deleted", id, "");
        }
        return n > 0;
    }

    @Override
    public int deleteByOwner(String module, String owner, Actor by) {
        int n = Jdbc.inTransaction(dataSource, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM attachment WHERE module = ? AND owner = ?")) {
                ps.setString(1, module);
                ps.setString(2, owner);
                return ps.executeUpdate();
            }
        });
        if (n > 0) {
            audit.record(by, "files.deleted", module + " " + owner, n + " files of the owner");
        }
        return n;
    }

    /** Erasure: deletes every file the author uploaded, inside the erasing transaction (chunks go by cascade). */
    public static int deleteUploadedBy(Connection tx, String author) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("DELETE FROM attachment WHERE uploader = ?")) {
            ps.setString(1, author);
            return ps.executeUpdate();
        }
    }

    private static Attachment read(ResultSet rs) throws SQLException {
        return new Attachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), FileType.valueOf(rs.getString(5)),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
