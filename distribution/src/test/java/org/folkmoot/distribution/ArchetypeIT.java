package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.folkmoot.testkit.TestFiles;

/**
 * What a developer outside the team does: {@code mvn archetype:generate} with the Folkmoot archetype,
 * then {@code mvn verify} in the new module, which compiles it against Folkmoot's API and test kit,
 * runs its unit test, and runs its process test: the module's jar dropped into {@code deploy/} of a
 * running copy of this distribution, its endpoint and its page read over HTTP.
 *
 * <p>The inner Maven must find this build's own artifacts (parent pom, api, testkit, archetype) without
 * anyone having run {@code mvn install}, and must not overwrite anything in the shared local
 * repository. So it gets a local repository of its own in a temporary folder, seeded with the reactor's
 * artifacts as if installed, and reaches every other artifact through the usual local repository used
 * as a read-only {@code file:} repository: no network, nothing written outside the temporary folder.
 */
class ArchetypeIT {

    private static final Path ROOT = Path.of(System.getProperty("folkmoot.root", "..")).toAbsolutePath().normalize();
    private static final Path M2 = Path.of(System.getProperty("folkmoot.m2",
            System.getProperty("user.home") + "/.m2/repository")).toAbsolutePath();
    private static final String VERSION = "0.1.0-SNAPSHOT";

    private static Path work;

    @BeforeAll
    static void seed() throws IOException {
        work = Files.createTempDirectory("folkmoot-archetype-it-");
        Path local = work.resolve("repository");
        install(local, "folkmoot-parent", ROOT.resolve("pom.xml"), null);
        install(local, "api", ROOT.resolve("bundles/api/pom.xml"), ROOT.resolve("bundles/api/target/api-" + VERSION + ".jar"));
        install(local, "testkit", ROOT.resolve("bundles/testkit/pom.xml"), ROOT.resolve("bundles/testkit/target/testkit-" + VERSION + ".jar"));
        install(local, "archetype", ROOT.resolve("bundles/archetype/pom.xml"), ROOT.resolve("bundles/archetype/target/archetype-" + VERSION + ".jar"));
        Files.writeString(work.resolve("settings.xml"), """
                <settings>
                  <localRepository>%s</localRepository>
                  <!-- the usual local repository, read as a repository (local ones keep no checksums) -->
                  <profiles><profile><id>read-only-m2</id>
                    <repositories><repository><id>central</id><url>%s</url>
                      <releases><checksumPolicy>ignore</checksumPolicy></releases></repository></repositories>
                    <pluginRepositories><pluginRepository><id>central</id><url>%s</url>
                      <releases><checksumPolicy>ignore</checksumPolicy></releases></pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>read-only-m2</activeProfile></activeProfiles>
                </settings>
                """.formatted(local, M2.toUri(), M2.toUri()), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void clean() throws IOException {
        if (work != null) {
            TestFiles.deleteTree(work);
        }
    }

    /** As {@code mvn install} lays an artifact out in a local repository. */
    private static void install(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        Path dir = repository.resolve("org/folkmoot/" + artifactId + "/" + VERSION);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertTrue(Files.exists(jar), jar + " is not built");
            Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String mvn(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-s", work.resolve("settings.xml").toString()));
        command.addAll(List.of(args));
        Path log = work.resolve("mvn-" + System.nanoTime() + ".log");
        Process mvn = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = mvn.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!done) {
            mvn.destroyForcibly();
        }
        assertTrue(done && mvn.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    @Test
    void aGeneratedModuleBuildsPassesItsTestsAndAnswersFromDeploy() throws Exception {
        mvn(work, "org.apache.maven.plugins:maven-archetype-plugin:3.4.0:generate", "-DarchetypeGroupId=org.folkmoot",
                "-DarchetypeArtifactId=archetype", "-DarchetypeVersion=" + VERSION, "-DgroupId=org.example.council",
                "-DartifactId=noticeboard", "-Dversion=1.0.0-SNAPSHOT", "-Dpackage=org.example.council.noticeboard",
                "-DinteractiveMode=false");
        Path module = work.resolve("noticeboard");
        for (String file : List.of("src/main/resources/db/migration/V1__noticeboard.sql", "src/main/features/noticeboard.json",
                "src/main/resources/templates/noticeboard.ftlh", "src/main/resources/l10n/messages_cy.properties",
                "src/main/java/org/example/council/noticeboard/internal/NotesResource.java",
                "src/main/java/org/example/council/noticeboard/internal/BoardContainers.java",
                "src/test/java/org/example/council/noticeboard/internal/BoardIT.java")) {
            assertTrue(Files.exists(module.resolve(file)), file + " was not generated");
        }

        String build = mvn(module, "verify", "-Dfolkmoot.dist=" + FolkmootProcess.DISTRIBUTION);
        assertTrue(build.contains("Tests run: 5, Failures: 0, Errors: 0, Skipped: 0"), "the unit tests ran:\n" + build);
        assertTrue(build.contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed")
                && build.contains("BoardIT"), "the process test ran against the runtime:\n" + build);

        try (JarFile jar = new JarFile(module.resolve("target/noticeboard-1.0.0-SNAPSHOT.jar").toFile())) {
            assertEquals("noticeboard", jar.getManifest().getMainAttributes().getValue("Folkmoot-Module"));
            assertTrue(jar.getEntry("db/migration/V1__noticeboard.sql") != null, "the migration is in the bundle");
        }
    }
}
