package org.folkmoot.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path HOME = Path.of("/opt/folkmoot");

    @Test
    void defaultsArePort8080AndTheInstallationsDataFolder() {
        Options options = Options.parse(HOME, List.of(), Map.of());
        assertEquals(new Options(HOME, 8080, HOME.resolve("data"), false), options);
    }

    @Test
    void flagsWinOverTheEnvironment() {
        Map<String, String> env = Map.of("FOLKMOOT_PORT", "9000", "FOLKMOOT_DATA", "/var/lib/a");
        assertEquals(new Options(HOME, 9000, Path.of("/var/lib/a"), false), Options.parse(HOME, List.of(), env));
        assertEquals(new Options(HOME, 9100, Path.of("/var/lib/b"), true),
                Options.parse(HOME, List.of("--port", "9100", "--data", "/var/lib/b", "--demo"), env));
    }

    @Test
    void aBadPortSaysWhatAPortIs() {
        Main.UsageException e = assertThrows(Main.UsageException.class, () -> Options.parse(HOME, List.of("--port", "http"), Map.of()));
        assertEquals("The port must be a number from 1 to 65535, not 'http'.", e.getMessage());
        assertThrows(Main.UsageException.class, () -> Options.parse(HOME, List.of("--port", "70000"), Map.of()));
        assertThrows(Main.UsageException.class, () -> Options.parse(HOME, List.of("--port"), Map.of()));
        assertTrue(assertThrows(Main.UsageException.class, () -> Options.parse(HOME, List.of("--colour"), Map.of()))
                .getMessage().contains("'--colour'"));
    }
}
