package org.folkmoot.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code bin/folkmoot import-open-data} speaks Welsh when asked: its own lines, and it asks the runtime for Welsh. */
class ImportOpenDataWordsTest {

    @Test
    void welshIsChosenByTheOptionTheVariableOrTheShellsLocale() {
        assertEquals("cy", ImportOpenDataCommand.Words.chosen("cy", Map.of("LANG", "en_GB.UTF-8")).lang());
        assertEquals("en", ImportOpenDataCommand.Words.chosen("en", Map.of("LANG", "cy_GB.UTF-8")).lang(), "the option wins");
        assertEquals("cy", ImportOpenDataCommand.Words.chosen(null, Map.of("FOLKMOOT_LANG", "cy")).lang());
        assertEquals("cy", ImportOpenDataCommand.Words.chosen(null, Map.of("LANG", "cy_GB.UTF-8")).lang());
        assertEquals("en", ImportOpenDataCommand.Words.chosen(null, Map.of("LANG", "C.UTF-8")).lang());
        assertEquals("en", ImportOpenDataCommand.Words.chosen(null, Map.of()).lang());
    }

    @Test
    void theSummaryAndAnInterruptedImportAreSaidInWelsh() throws Exception {
        // As the runtime answers GET /api/connectors/decidim/open-data/<id>?lang=cy for an import a restart interrupted.
        JsonNode json = new ObjectMapper().readTree("""
                {"stage": "interrupted", "read": 1200, "rows": 5000, "imported": 1000, "updated": 0, "unchanged": 0,
                 "withheld": 3, "refused": 1, "refusals": [{"file": "x-open-data-proposals.csv", "line": 7,
                 "message": "nid oes ganddi id"}], "failure": "Torrwyd ar draws y mewnforio ar res 1200 o 5000"}""");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ImportOpenDataCommand.report(json, 2.0, ImportOpenDataCommand.Words.CY, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String said = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(1, exit);
        assertTrue(said.startsWith("Mewnforiwyd 1000, diweddarwyd 0, heb newid 0"), said);
        assertTrue(said.contains("x-open-data-proposals.csv llinell 7: nid oes ganddi id"), said);
        assertTrue(said.contains("Wedi stopio: Torrwyd ar draws"), said);
        assertFalse(said.contains("Imported") || said.contains("line 7"), said);
        assertEquals("wedi'i dorri ar draws", ImportOpenDataCommand.Words.CY.stage("interrupted"));
    }
}
