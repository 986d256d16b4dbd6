package org.folkmoot.connector.consul.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.folkmoot.connector.consul.internal.sync.SyncCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's recorded answers go through the sync's own reading, mapping and writing into the real archive, once. */
class ConsulDemoTest {

    private SyncHarness h;

    @BeforeEach
    void open() throws Exception {
        h = new SyncHarness();
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void theDemoSiteIsInTheArchiveLinkedToItsOriginalsInEnglishAndWelshOnce() throws Exception {
        SyncCounts loaded = ConsulDemo.load(h.archive, h.mapper(), h.store, h.time);

        assertEquals(9, loaded.created(), loaded.toString());
        assertEquals("https://consul.example.gov.uk/proposals/201", h.contribution("proposal", "201").link());
        assertEquals("cy", h.contribution("proposal", "202").language());
        assertEquals("https://consul.example.gov.uk/debates/301#comment_405", h.contribution("comment", "405").link());
        long sequence = h.archive.currentSequence();
        assertEquals(0, ConsulDemo.load(h.archive, h.mapper(), h.store, h.time).changes());
        assertEquals(sequence, h.archive.currentSequence());

        assertEquals(0, h.followed.sync().counts().changes(), "a sync of the same site afterwards finds nothing new");
    }
}
