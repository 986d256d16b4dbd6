package org.folkmoot.platform.internal.rest;

import static org.folkmoot.testkit.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.NewAttachment;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.files.JdbcAttachments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

class FilesResourceTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    @Test
    void aDownloadCarriesItsTypeNameDigestAndNosniffAndStreamsTheBytes() throws Exception {
        try (TestDb db = TestDb.platform("h2", tmp)) {
            JdbcAttachments files = new JdbcAttachments(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC(),
                    m -> 1 << 20);
            Attachment a = files.store(NewAttachment.published("plans", "plan-1", "Cynllun Llanddewi \"drafft\" €.pdf", ""),
                    new ByteArrayInputStream(PDF), new Actor("t", ""));
            Response r = new FilesResource(files).download(a.id(), as(null));
            assertEquals(200, r.getStatus());
            assertEquals("application/pdf", r.getMediaType().toString());
            assertEquals("nosniff", r.getHeaderString("X-Content-Type-Options"));
            assertEquals("attachment; filename=\"Cynllun Llanddewi _drafft_ _.pdf\"; "
                    + "filename*=UTF-8''Cynllun%20Llanddewi%20%22drafft%22%20%E2%82%AC.pdf", r.getHeaderString("Content-Disposition"));
            assertEquals(Integer.toString(PDF.length), r.getHeaderString("Content-Length"));
            assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256())) + ":",
                    r.getHeaderString("Repr-Digest"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((StreamingOutput) r.getEntity()).write(out);
            assertArrayEquals(PDF, out.toByteArray());
            assertThrows(NotFoundException.class, () -> new FilesResource(files).download("nope", as(null)));
        }
    }

    @Test
    void theOwnersReadRoleDecidesWhoDownloads() throws Exception {
        try (TestDb db = TestDb.platform("h2", tmp)) {
            JdbcAttachments files = new JdbcAttachments(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC(),
                    m -> 1 << 20);
            Attachment a = files.store(new NewAttachment("assets", "ATR-1", "valuation.pdf", "", "assets.officer", Set.of()),
                    new ByteArrayInputStream(PDF), new Actor("t", ""));
            FilesResource resource = new FilesResource(files);
            assertThrows(NotAuthorizedException.class, () -> resource.download(a.id(), as(null)));
            assertThrows(ForbiddenException.class, () -> resource.download(a.id(), as(user("plans.officer"))));
            assertEquals(200, resource.download(a.id(), as(user("assets.officer"))).getStatus());
            assertEquals(200, resource.download(a.id(), as(user("admin"))).getStatus());
            assertEquals("private, no-store", resource.download(a.id(), as(user("admin"))).getHeaderString("Cache-Control"));
        }
    }

    static FolkmootUser user(String role) {
        return new FolkmootUser("u", "U", Set.of(role), "", "");
    }
}
