package org.folkmoot.platform.internal.storage;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is and how to log in, after configuration and environment are combined.
 * Environment variables win over the {@code .cfg} file so that containers and scripts can point
 * a runtime at another database without editing files.
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

    public static final String ENV_URL = "FOLKMOOT_DB_URL";
    public static final String ENV_USER = "FOLKMOOT_DB_USER";
    public static final String ENV_PASSWORD = "FOLKMOOT_DB_PASSWORD";

    public DatabaseSettings {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Unsupported database URL '" + url
                    + "': use jdbc:postgresql://host:5432/db or leave it empty for the embedded H2 database");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded H2 database file under the data directory, in PostgreSQL mode. */
    public static String h2Url(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("db").resolve("folkmoot");
        // WRITE_DELAY=0: every commit reaches the file before the caller is answered (kill -9 safe).
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /** Combines configuration (may be blank) with the environment. */
    public static DatabaseSettings resolve(String cfgUrl, String cfgUser, String cfgPassword, int poolSize,
            Map<String, String> env, Path dataDir) {
        String url = firstNonBlank(env.get(ENV_URL), cfgUrl);
        String user = firstNonBlank(env.get(ENV_USER), cfgUser);
        String password = firstNonBlank(env.get(ENV_PASSWORD), cfgPassword);
        if (url == null) {
            return new DatabaseSettings(h2Url(dataDir), user == null ? "folkmoot" : user,
                    password == null ? "" : password, poolSize);
        }
        return new DatabaseSettings(url, user, password, poolSize);
    }

    public String database() {
        return url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
    }

    /** The URL without credentials or options, for logs and health messages. */
    public String safeUrl() {
        int semi = url.indexOf(';');
        int q = url.indexOf('?');
        int cut = semi >= 0 ? semi : q >= 0 ? q : url.length();
        return url.substring(0, cut);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        if (b != null && !b.isBlank()) {
            return b.trim();
        }
        return null;
    }
}
