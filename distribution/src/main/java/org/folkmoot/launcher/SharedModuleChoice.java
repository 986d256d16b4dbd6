package org.folkmoot.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.folkmoot.features.ModuleChoices;
import org.folkmoot.launcher.Main.LauncherException;

/**
 * {@code bin/folkmoot enable}/{@code disable} on an installation whose database is PostgreSQL: the
 * choice is recorded there first ({@link ModuleChoices}), so that every runtime on that database
 * follows it within seconds, this one included. The database is the one the runtime uses
 * ({@code FOLKMOOT_DB_URL}, {@code _USER}, {@code _PASSWORD}, else {@code conf/org.folkmoot.platform.Storage.cfg}),
 * reached with the PostgreSQL driver the installation ships in {@code bundle/}, loaded here alone.
 */
final class SharedModuleChoice {

    private final Path home;
    private final Map<String, String> env;

    SharedModuleChoice(Path home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** Records the choice for every runtime when the database is shared; says so on {@code out}. */
    void record(List<String> modules, boolean enabled, PrintStream out) {
        Properties storage = storageConfig();
        String url = env.getOrDefault("FOLKMOOT_DB_URL", storage.getProperty("url", "")).trim();
        if (!ModuleChoices.shared(url)) {
            return;
        }
        String user = env.getOrDefault("FOLKMOOT_DB_USER", storage.getProperty("user", ""));
        String password = env.getOrDefault("FOLKMOOT_DB_PASSWORD", storage.getProperty("password", ""));
        Driver driver = postgresDriver();
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        ModuleChoices choices = new ModuleChoices(() -> driver.connect(url, login));
        String by = "bin/folkmoot " + (enabled ? "enable" : "disable") + " (" + System.getProperty("user.name", "?") + ")";
        try {
            for (String module : modules) {
                choices.record(module, enabled, by, Instant.now());
            }
        } catch (SQLException e) {
            throw new LauncherException("Cannot record the choice in the database every runtime shares (" + e.getMessage()
                    + "); nothing was changed. Is PostgreSQL up, and the runtime's migrations applied?", e);
        }
        out.println("Recorded for every runtime on this database: " + String.join(", ", modules) + " "
                + (enabled ? "enabled" : "disabled") + "; each follows within seconds.");
    }

    private Properties storageConfig() {
        Properties p = new Properties();
        Path file = home.resolve("conf/org.folkmoot.platform.Storage.cfg");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new LauncherException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    private Driver postgresDriver() {
        Optional<Path> jar;
        try (Stream<Path> files = Files.walk(home.resolve("bundle"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("postgresql-.*\\.jar")).findFirst();
        } catch (IOException e) {
            throw new LauncherException("Cannot read " + home.resolve("bundle") + ": " + e.getMessage(), e);
        }
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.orElseThrow(() -> new LauncherException(
                    "The PostgreSQL driver is missing from " + home.resolve("bundle") + "; reinstall Folkmoot.")).toUri().toURL()},
                    SharedModuleChoice.class.getClassLoader());
            return (Driver) Class.forName("org.postgresql.Driver", true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | IOException e) {
            throw new LauncherException("Cannot load the PostgreSQL driver: " + e.getMessage(), e);
        }
    }
}
