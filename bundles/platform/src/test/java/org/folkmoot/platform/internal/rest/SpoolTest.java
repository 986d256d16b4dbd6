package org.folkmoot.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class SpoolTest {

    @TempDir
    Path tmp;

    @Test
    void validUtf8IsCopiedWhole() throws Exception {
        byte[] body = "{\"externalId\":\"x\",\"body\":\"Diolch yn fawr ŵ ŷ\"}\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        Path spool = tmp.resolve("s");
        ArchiveResource.spoolValidated(new ByteArrayInputStream(body), spool);
        assertArrayEquals(body, Files.readAllBytes(spool));
    }

    @Test
    void invalidUtf8IsA400NamingTheLine() {
        byte[] body = "{\"a\":1}\n{\"b\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        ArchiveResource.Refused e = assertThrows(ArchiveResource.Refused.class,
                () -> ArchiveResource.spoolValidated(new ByteArrayInputStream(body), tmp.resolve("s")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(400, e.status());
    }

    @Test
    void aTruncatedCharacterAtTheEndIsRefused() {
        byte[] e9 = "é".getBytes(StandardCharsets.UTF_8);
        byte[] body = {'{', '}', '\n', e9[0]};
        assertThrows(ArchiveResource.Refused.class,
                () -> ArchiveResource.spoolValidated(new ByteArrayInputStream(body), tmp.resolve("s")));
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThrows(ArchiveResource.Refused.class,
                () -> ArchiveResource.spoolValidated(new ByteArrayInputStream(new byte[0]), tmp.resolve("s")));
    }

    @Test
    void anOversizedBodyIsA413() {
        InputStream endless = new InputStream() {
            long n;

            @Override
            public int read() {
                return n++ <= ArchiveResource.MAX_IMPORT_BYTES + 10 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (n > ArchiveResource.MAX_IMPORT_BYTES + 10) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                n += len;
                return len;
            }
        };
        ArchiveResource.Refused e = assertThrows(ArchiveResource.Refused.class,
                () -> ArchiveResource.spoolValidated(endless, tmp.resolve("s")));
        assertEquals(413, e.status());
    }
}
