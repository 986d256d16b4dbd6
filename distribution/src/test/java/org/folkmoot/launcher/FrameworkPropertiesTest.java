package org.folkmoot.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkPropertiesTest {

    @Test
    void launcherValuesAreFilledIn(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/framework.properties"),
                "org.osgi.service.http.port=${folkmoot.port}\nstorage=${folkmoot.data}/cache\nunknown=${no.such.value}\n");
        Map<String, String> properties = FrameworkProperties.load(new Options(home, 8123, home.resolve("d"), true));
        assertEquals("8123", properties.get("org.osgi.service.http.port"));
        assertEquals(home.resolve("d") + "/cache", properties.get("storage"));
        assertEquals("${no.such.value}", properties.get("unknown"));
        assertEquals("true", properties.get("folkmoot.demo"));
    }

    @Test
    void aMissingFileSaysWhatToCheck(@TempDir Path home) {
        Main.LauncherException e = org.junit.jupiter.api.Assertions.assertThrows(Main.LauncherException.class,
                () -> FrameworkProperties.load(new Options(home, 1, home, false)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().endsWith("Is this a complete Folkmoot installation?"));
    }
}
