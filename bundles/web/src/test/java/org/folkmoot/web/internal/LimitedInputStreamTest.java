package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void aBodyAtTheLimitPassesWhole() throws IOException {
        byte[] body = new byte[1024];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 1024)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void oneByteOverTheLimitFails() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[1025]), 1024);
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class, in::readAllBytes);
        assertEquals("The request body is larger than this endpoint accepts (1 KiB). Send a smaller body, or split it into several requests.",
                e.getMessage());
    }

    @Test
    void singleByteReadsCountToo() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        in.read();
        in.read();
        assertThrows(BodyTooLargeException.class, in::read);
    }

    @Test
    void limitsAreShownInUnitsPeopleRead() {
        assertEquals("256 MiB", LimitedInputStream.human(256L << 20));
        assertEquals("64 KiB", LimitedInputStream.human(64 << 10));
        assertEquals("1000 bytes", LimitedInputStream.human(1000));
    }
}
