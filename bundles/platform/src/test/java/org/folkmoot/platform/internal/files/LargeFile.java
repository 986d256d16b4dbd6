package org.folkmoot.platform.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.NewAttachment;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;

/**
 * Stores a 50 MB PDF-shaped stream and reads it back, run by {@link LargeFileTest} in a JVM whose
 * heap is smaller than the file: it can only succeed if neither way holds the file whole.
 * Prints {@code stored <sha256> read <sha256> <size>}.
 */
public final class LargeFile {

    static final long SIZE = 50L * 1000 * 1000;

    private LargeFile() {
    }

    public static void main(String[] args) throws Exception {
        try (TestDb db = TestDb.platform(args[0], Path.of(args[1]))) {
            JdbcAttachments files = new JdbcAttachments(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()),
                    Clock.systemUTC(), m -> 60L * 1000 * 1000);
            Attachment a = files.store(NewAttachment.published("plans", "plan-1", "evidence-pack.pdf", "res-1"),
                    new Generated(SIZE), new Actor("test", ""));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long[] read = {0};
            files.copyContent(a.id(), new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    sha.update(b, off, len);
                    read[0] += len;
                }
            });
            System.out.println("stored " + a.sha256() + " read " + HexFormat.of().formatHex(sha.digest()) + " " + read[0]
                    + " expected " + Generated.sha256(SIZE));
        }
    }

    /** A PDF header, then bytes from a fixed formula, made as they are read: nothing held. */
    static final class Generated extends InputStream {
        private static final byte[] HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long pos;

        Generated(long size) {
            this.size = size;
        }

        static byte at(long i) {
            return i < HEAD.length ? HEAD[(int) i] : (byte) (i * 2654435761L >>> 13);
        }

        @Override
        public int read() {
            return pos < size ? at(pos++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - pos);
            for (int i = 0; i < n; i++) {
                b[off + i] = at(pos++);
            }
            return n;
        }

        static String sha256(long size) throws IOException {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                try (Generated g = new Generated(size)) {
                    int n;
                    while ((n = g.read(buf, 0, buf.length)) > 0) {
                        sha.update(buf, 0, n);
                    }
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
