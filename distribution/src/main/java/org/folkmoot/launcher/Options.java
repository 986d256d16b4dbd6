package org.folkmoot.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.folkmoot.launcher.Main.UsageException;

/**
 * How to run: the installation, the HTTP port and the data directory. Flags win over the
 * environment, which wins over the defaults (port 8080, {@code <home>/data}).
 */
record Options(Path home, int port, Path data, boolean demo) {

    static Options parse(Path home, List<String> args, Map<String, String> env) {
        String port = env.getOrDefault("FOLKMOOT_PORT", "8080");
        String data = env.get("FOLKMOOT_DATA");
        boolean demo = "true".equalsIgnoreCase(env.get("FOLKMOOT_DEMO"));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> port = value(args, ++i, arg);
                case "--data" -> data = value(args, ++i, arg);
                case "--demo" -> demo = true;
                default -> throw new UsageException("Unknown option '" + arg + "'.");
            }
        }
        Path dataDir = data == null || data.isBlank() ? home.resolve("data") : Path.of(data).toAbsolutePath();
        return new Options(home, port(port), dataDir.normalize(), demo);
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new UsageException(flag + " needs a value.");
        }
        return args.get(i);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("The port must be a number from 1 to 65535, not '" + value + "'.");
        }
    }
}
