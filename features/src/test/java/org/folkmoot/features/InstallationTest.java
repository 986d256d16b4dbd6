package org.folkmoot.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation's modules as both the command line and the administrator's page change them. */
class InstallationTest {

    @TempDir
    Path home;

    private final List<String> report = new ArrayList<>();

    @BeforeEach
    void installation() throws IOException {
        for (String dir : List.of("features", "deploy", "conf", "bundle/3")) {
            Files.createDirectories(home.resolve(dir));
        }
        Path system = home.resolve("system/org/folkmoot/example/1.0.0");
        Files.createDirectories(system);
        Files.writeString(system.resolve("example-1.0.0.jar"), "example");
        Files.writeString(home.resolve("features/example.json"), "{\"id\": \"org.folkmoot:example:osgifeature:1.0.0\","
                + " \"name\": \"Example module\", \"bundles\": [{\"id\": \"org.folkmoot:example:1.0.0\"}],"
                + " \"configurations\": {\"org.folkmoot.example.Greeting\": {\"greeting\": \"Hello\\nthere\"}}}");
    }

    @Test
    void enablingReportsWhatItWroteAndDisablingKeepsTheConfiguration() throws IOException {
        Installation installation = new Installation(home);
        Feature example = installation.all().get("example");
        assertFalse(installation.enabled(example));

        installation.enable(List.of("example"), report::add);
        assertTrue(installation.enabled(example));
        assertEquals(List.of("Wrote conf/org.folkmoot.example.Greeting.cfg", "Enabled example (Example module)."), report);
        assertTrue(Files.readString(home.resolve("conf/org.folkmoot.example.Greeting.cfg")).endsWith("greeting = Hello\\nthere\n"),
                "a newline in a value stays on one line");
        try (var left = Files.list(home)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
        }

        installation.disable(List.of("example"), report::add);
        assertFalse(installation.enabled(example));
        assertTrue(Files.exists(home.resolve("conf/org.folkmoot.example.Greeting.cfg")));
    }

    @Test
    void anUnknownModuleChangesNothing() {
        Installation installation = new Installation(home);
        UnknownModuleException e = assertThrows(UnknownModuleException.class,
                () -> installation.enable(List.of("example", "parking"), report::add));
        assertEquals("There is no module 'parking'. Modules: example.", e.getMessage());
        assertFalse(Files.exists(home.resolve("deploy/example-1.0.0.jar")), "checked before anything is copied");
        assertTrue(report.isEmpty());
    }

    @Test
    void followingTheCouncilsChoiceChangesOnlyWhatDiffers() {
        Installation installation = new Installation(home);
        Feature example = installation.all().get("example");
        assertEquals(List.of("example"), installation.follow(java.util.Map.of("example", true, "gone", false), report::add));
        assertTrue(installation.enabled(example));
        assertEquals(List.of(), installation.follow(java.util.Map.of("example", true), report::add), "already as chosen");
        assertEquals(List.of(), installation.follow(java.util.Map.of(), report::add), "no choice: left as it is");
        assertTrue(installation.enabled(example));
        assertEquals(List.of("example"), installation.follow(java.util.Map.of("example", false), report::add));
        assertFalse(installation.enabled(example));
    }
}
