package org.folkmoot.platform.internal.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.FileRefused;
import org.folkmoot.api.files.FileType;
import org.folkmoot.api.files.NewAttachment;
import org.folkmoot.api.archive.Container;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AttachmentsTest {

    static final Actor OFFICER = new Actor("officer-1", "127.0.0.1");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    /** The start of a Windows program: "MZ", then the DOS header full of NULs. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    static JdbcAttachments files(TestDb db, long limit) {
        return new JdbcAttachments(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC(), m -> limit);
    }

    static NewAttachment named(String filename, String uploader) {
        return NewAttachment.published("assets", "ATR-1", filename, uploader);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void storesStreamsBackAndKeepsTheSha256(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcAttachments files = files(db, 10 << 20);
            byte[] big = new byte[JdbcAttachments.CHUNK * 2 + 17];
            System.arraycopy(PDF, 0, big, 0, PDF.length);
            for (int i = PDF.length; i < big.length; i++) {
                big[i] = (byte) (i * 31);
            }
            Attachment a = files.store(named("Evidence pack – Cwm.pdf", "res-1"), new ByteArrayInputStream(big), OFFICER);
            assertEquals(FileType.PDF, a.type());
            assertEquals(big.length, a.size());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big)), a.sha256());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertTrue(files.copyContent(a.id(), out));
            assertArrayEquals(big, out.toByteArray(), "three chunks, back in order");
            assertEquals(a, files.find(a.id()).orElseThrow());
            assertEquals(1, files.byOwner("assets", "ATR-1").size());
            assertFalse(files.copyContent("no-such-id", new ByteArrayOutputStream()));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theTypeIsReadFromTheContentAndTheNameMustAgree(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcAttachments files = files(db, 1 << 20);
            assertEquals(FileType.PNG, store(files, "map.PNG", PNG).type());
            assertEquals(FileType.JPEG, store(files, "photo.jpeg", JPEG).type());
            assertEquals(FileType.ODT, store(files, "plan.odt", zip("mimetype", "application/vnd.oasis.opendocument.text",
                    "content.xml", "<office:document-content/>")).type());
            assertEquals(FileType.DOCX, store(files, "letter.docx", zip("[Content_Types].xml",
                    "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document.main+xml\"/></Types>", "word/document.xml", "<w:document/>")).type());
            assertEquals(FileType.CSV, store(files, "register.csv", "UPRN,Name\n010000480247,Café\n".getBytes(StandardCharsets.UTF_8)).type());
            assertEquals(FileType.CSV, store(files, "register-2021.csv",
                    "UPRN,Name,Rent\n1,Café,£5\n".getBytes(Charset.forName("windows-1252"))).type(), "Transparency Code files are Windows-1252");

            assertRefused(files, "map.png", PDF, "a PDF renamed .png");
            assertRefused(files, "report.pdf", EXE, "a program renamed .pdf");
            assertRefused(files, "report.pdf", zip("word/document.xml", "<w:document/>"), "a ZIP that is no document");
            assertRefused(files, "data.csv", "a,b\n1,\u0000\n".getBytes(StandardCharsets.UTF_8), "text with a NUL");
            assertRefused(files, "data.csv", new byte[] {'a', ',', (byte) 0x81, (byte) 0xC3, '\n'}, "neither UTF-8 nor Windows-1252");
            assertRefused(files, "evidence", PDF, "no extension");
            FileRefused onlyPdf = assertThrows(FileRefused.class, () -> files.store(new NewAttachment("assets", "ATR-1", "map.png",
                    "", "", Set.of(FileType.PDF)), new ByteArrayInputStream(PNG), OFFICER));
            assertEquals(FileRefused.Reason.WRONG_TYPE, onlyPdf.reason());
            assertEquals(FileRefused.Reason.INVALID, assertThrows(FileRefused.class,
                    () -> store(files, "empty.pdf", new byte[0])).reason());
            assertEquals(6, count(db, "attachment"), "only the accepted files were stored");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFileOverTheModulesLimitIsRefusedAndNothingIsWritten(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcAttachments files = new JdbcAttachments(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC(),
                    m -> m.equals("plans") ? 2_000 : 1_000_000);
            byte[] body = new byte[2_001];
            System.arraycopy(PDF, 0, body, 0, PDF.length);
            FileRefused refused = assertThrows(FileRefused.class, () -> files.store(
                    NewAttachment.published("plans", "plan-1", "plan.pdf", ""), new ByteArrayInputStream(body), OFFICER));
            assertEquals(FileRefused.Reason.TOO_LARGE, refused.reason());
            assertEquals(0, count(db, "attachment"));
            assertEquals(0, count(db, "attachment_chunk"));
            assertEquals(2_001, files.store(NewAttachment.published("assets", "ATR-1", "plan.pdf", ""),
                    new ByteArrayInputStream(body), OFFICER).size(), "another module's limit is its own");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void filesGoWithTheirOwnerAndWithAnErasedAuthor(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcAttachments files = files(db, 1 << 20);
            JdbcContributionArchive archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()),
                    Clock.systemUTC());
            archive.append(NewContribution.of("assets", new Container("case", "ATR-1", "Fountain"), "representation", "res-e",
                    "Keep the fountain."));
            Attachment mine = store(files, "photo.jpg", JPEG, "res-e");
            Attachment other = store(files, "map.png", PNG, "res-f");
            files.store(NewAttachment.published("assets", "ATR-2", "letter.pdf", ""), new ByteArrayInputStream(PDF), OFFICER);
            archive.eraseAuthor("res-e", OFFICER);
            assertTrue(files.find(mine.id()).isEmpty(), "erasing an author removes what they uploaded");
            assertTrue(files.find(other.id()).isPresent());
            assertEquals(2, count(db, "attachment_chunk"), "and its bytes");
            assertEquals(1, files.deleteByOwner("assets", "ATR-1", OFFICER));
            assertEquals(1, count(db, "attachment"), "only ATR-2's letter is left");
        }
    }

    @Test
    void textIsCheckedAcrossBlockBoundaries() throws Exception {
        byte[] text = new byte[(1 << 16) * 2 + 1];
        java.util.Arrays.fill(text, (byte) 'a');
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(euro, 0, text, (1 << 16) - 1, euro.length); // split between two reads
        Path file = java.nio.file.Files.write(tmp.resolve("t.csv"), text);
        assertTrue(ContentType.text(file));
    }

    static Attachment store(JdbcAttachments files, String name, byte[] content) throws IOException {
        return store(files, name, content, "");
    }

    static Attachment store(JdbcAttachments files, String name, byte[] content, String uploader) throws IOException {
        return files.store(named(name, uploader), new ByteArrayInputStream(content), OFFICER);
    }

    static void assertRefused(JdbcAttachments files, String name, byte[] content, String what) {
        FileRefused e = assertThrows(FileRefused.class, () -> store(files, name, content), what);
        assertEquals(FileRefused.Reason.WRONG_TYPE, e.reason(), what + ": " + e.getMessage());
    }

    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static long count(TestDb db, String table) throws Exception {
        try (Connection c = db.ds().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
