package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class RefusedBodyDrainTest {

    @Test
    void aBodyWithinTheSwallowLimitIsReadToItsEnd() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[100_000]);
        assertTrue(RefusedBodyDrain.discard(body, 100_000));
        assertEquals(0, body.available());
    }

    @Test
    void aLongerBodyIsLeftForTheConnectionToBeClosed() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[100_001]);
        assertFalse(RefusedBodyDrain.discard(body, 100_000));
    }

    @Test
    void theRestOfABodyCutOffAtItsLimitIsReadPastThatLimit() throws IOException {
        LimitedInputStream limited = new LimitedInputStream(new ByteArrayInputStream(new byte[3000]), 1024);
        assertThrows(BodyTooLargeException.class, limited::readAllBytes);
        assertTrue(RefusedBodyDrain.discard(limited.unlimited(), RefusedBodyDrain.SWALLOW_BYTES));
    }

    @Test
    void aClientThatGoesAwayMeansClosing() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("reset");
            }
        };
        assertFalse(RefusedBodyDrain.discard(failing, 10));
    }
}
