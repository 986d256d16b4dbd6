package org.folkmoot.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true);

    @BeforeEach
    void installation() throws IOException {
        for (String dir : List.of("features", "deploy", "conf", "bundle/3")) {
            Files.createDirectories(home.resolve(dir));
        }
        jar("org.folkmoot", "assets", "1.0.0");
        jar("org.folkmoot", "plans", "1.0.0");
        jar("org.apache.commons", "commons-csv", "1.14.0");
        Files.writeString(home.resolve("bundle/3/jackson-core-2.19.2.jar"), "platform");
        feature("assets", "\"org.folkmoot:assets:1.0.0\", \"org.apache.commons:commons-csv:1.14.0\", \"com.fasterxml.jackson.core:jackson-core:2.19.2\"",
                "\"org.folkmoot.assets.Rules\": {\"jurisdiction\": \"scotland\", \"days\": 20}");
        feature("plans", "{\"id\": \"org.folkmoot:plans:1.0.0\"}, {\"id\": \"org.apache.commons:commons-csv:1.14.0\"}", "");
    }

    private void jar(String group, String artifact, String version) throws IOException {
        Path dir = home.resolve("system").resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(artifact + "-" + version + ".jar"), artifact);
    }

    private void feature(String module, String bundles, String configurations) throws IOException {
        Files.writeString(home.resolve("features/" + module + ".json"), "{\"id\": \"org.folkmoot:" + module
                + ":osgifeature:1.0.0\", \"name\": \"" + module + "\", \"bundles\": [" + bundles + "], \"configurations\": {"
                + configurations + "}}");
    }

    @Test
    void enablingCopiesTheBundlesButNotThePlatformsAndWritesTheDefaultConfiguration() throws IOException {
        new Features(home).enable(List.of("assets"), out);
        assertTrue(Files.exists(home.resolve("deploy/assets-1.0.0.jar")));
        assertTrue(Files.exists(home.resolve("deploy/commons-csv-1.14.0.jar")));
        assertFalse(Files.exists(home.resolve("deploy/jackson-core-2.19.2.jar")), "platform bundles are not deployed twice");
        String config = Files.readString(home.resolve("conf/org.folkmoot.assets.Rules.cfg"));
        assertTrue(config.contains("jurisdiction = scotland\ndays = 20\n"), config);
    }

    @Test
    void anEditedConfigurationIsNeverOverwritten() throws IOException {
        Files.writeString(home.resolve("conf/org.folkmoot.assets.Rules.cfg"), "days = 25\n");
        new Features(home).enable(List.of("assets"), out);
        assertEquals("days = 25\n", Files.readString(home.resolve("conf/org.folkmoot.assets.Rules.cfg")));
    }

    @Test
    void disablingKeepsLibrariesAnotherEnabledModuleNeedsAndTheConfiguration() throws IOException {
        Features features = new Features(home);
        features.enable(List.of("assets", "plans"), out);
        features.disable(List.of("assets"), out);
        assertFalse(Files.exists(home.resolve("deploy/assets-1.0.0.jar")));
        assertTrue(Files.exists(home.resolve("deploy/commons-csv-1.14.0.jar")), "plans still needs commons-csv");
        assertTrue(Files.exists(home.resolve("conf/org.folkmoot.assets.Rules.cfg")));
        features.disable(List.of("plans"), out);
        assertFalse(Files.exists(home.resolve("deploy/commons-csv-1.14.0.jar")));
        assertTrue(output.toString().contains("Its data and configuration are kept"));
    }

    @Test
    void listingShowsWhatIsEnabled() {
        Features features = new Features(home);
        features.enable(List.of("plans"), out);
        output.reset();
        features.list(out);
        assertTrue(output.toString().matches("(?s)assets\\s+disabled.*plans\\s+enabled.*"), output.toString());
    }

    @Test
    void anUnknownModuleListsTheKnownOnes() {
        Main.UsageException e = assertThrows(Main.UsageException.class, () -> new Features(home).enable(List.of("parking"), out));
        assertEquals("There is no module 'parking'. Modules: assets, plans.", e.getMessage());
    }

    @Test
    void aMissingBundleInTheInstallationIsReported() throws IOException {
        Files.delete(home.resolve("system/org/folkmoot/plans/1.0.0/plans-1.0.0.jar"));
        Main.LauncherException e = assertThrows(Main.LauncherException.class, () -> new Features(home).enable(List.of("plans"), out));
        assertTrue(e.getMessage().contains("rebuild or reinstall Folkmoot"), e.getMessage());
    }
}
