package org.folkmoot.assets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkmoot.api.health.Health;
import org.junit.jupiter.api.Test;

class AssetsHealthTest {
    @Test
    void theBundledRulesAndCalendarsReadAndTheModuleWaitsForItsStore() {
        assertNull(AssetsHealth.checkBundledData());
        AssetsHealth h = new AssetsHealth();
        assertEquals("assets", h.component());
        Health health = h.health();
        assertEquals(Health.Status.DOWN, health.status());
        assertTrue(health.message().contains("db/migration"), health.message());
    }
}
