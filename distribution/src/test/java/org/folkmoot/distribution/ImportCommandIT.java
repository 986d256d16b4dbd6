package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code bin/folkmoot import FILE} against a running runtime, as an officer runs it. */
class ImportCommandIT {

    private static final String TOKEN = "it-admin-token-0123456789abcdef";

    @Test
    void importsGoodLinesReportsBadOnesAndImportsNothingTwice() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.install()) {
            folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN));
            Path file = folkmoot.home().resolve("contributions.jsonl");
            Files.writeString(file, String.join("\n",
                    "{\"externalId\": \"cli-1\", \"body\": \"More buses to the hospital, please.\", \"language\": \"en\"}",
                    "{\"externalId\": \"cli-2\", \"body\": \"Mwy o fysiau i’r ysbyty, os gwelwch yn dda.\", \"language\": \"cy\"}",
                    "{\"externalId\": \"cli-3\", \"body\": \"Keep the library open on Saturdays.\"}",
                    "{\"externalId\": \"cli-4\", \"body\": ",
                    ""));
            Map<String, String> env = Map.of("FOLKMOOT_TOKEN", TOKEN, "FOLKMOOT_PORT", Integer.toString(folkmoot.port()));

            FolkmootProcess.CommandResult first = folkmoot.command(env, "import", file.toString());
            assertEquals(1, first.exitCode(), first.output());
            assertTrue(first.output().contains("sent 100%"), first.output());
            assertTrue(first.output().contains("Imported 3, skipped 0 (already there), 1 lines refused"), first.output());
            assertTrue(first.output().contains("  line 4: "), first.output());

            FolkmootProcess.CommandResult again = folkmoot.command(env, "import", file.toString());
            assertTrue(again.output().contains("Imported 0, skipped 3"), again.output());
        }
    }

    @Test
    void withoutATokenItSaysWhatToSet() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.install()) {
            Path file = folkmoot.home().resolve("empty.jsonl");
            Files.writeString(file, "");
            FolkmootProcess.CommandResult result = folkmoot.command(Map.of("FOLKMOOT_TOKEN", "", "FOLKMOOT_ADMIN_TOKEN", ""),
                    "import", file.toString());
            assertEquals(1, result.exitCode());
            assertTrue(result.output().contains("pass --token, or set FOLKMOOT_TOKEN"), result.output());
        }
    }

    @Test
    void aWrongTokenIsRefusedWithTheRuntimesReason() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.start()) {
            Path file = folkmoot.home().resolve("one.jsonl");
            Files.writeString(file, "{\"externalId\": \"x\", \"body\": \"y\"}\n");
            FolkmootProcess.CommandResult result = folkmoot.command(Map.of("FOLKMOOT_PORT", Integer.toString(folkmoot.port())),
                    "import", file.toString(), "--token", "not-a-real-token");
            assertEquals(1, result.exitCode());
            assertTrue(result.output().contains("The runtime refused the import (401)"), result.output());
        }
    }
}
