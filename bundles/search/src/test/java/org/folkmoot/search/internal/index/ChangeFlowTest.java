package org.folkmoot.search.internal.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An import streams (thousands of changes within two seconds); residents writing one by one do not. */
class ChangeFlowTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void anImportStreamsUntilItHasBeenQuietForTheWindow() {
        ChangeFlow flow = ChangeFlow.imports();
        assertFalse(flow.record(1_000, 0), "one import batch is not yet a stream");
        assertTrue(flow.record(1_000, SECOND / 4), "two thousand within two seconds");
        assertTrue(flow.record(1_000, SECOND / 2));
        assertTrue(flow.record(0, 2 * SECOND), "the last two batches are still within the window");
        assertFalse(flow.record(0, 3 * SECOND), "quiet for two seconds");
    }

    @Test
    void residentsWritingOneByOneNeverStream() {
        ChangeFlow flow = ChangeFlow.imports();
        for (long t = 0; t < 60 * SECOND; t += SECOND / 5) {
            assertFalse(flow.record(50, t), "250 changes a second, at " + t / SECOND + " s");
        }
    }
}
