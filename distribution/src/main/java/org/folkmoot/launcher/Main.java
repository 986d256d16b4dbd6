package org.folkmoot.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/folkmoot}: starts the runtime in the foreground, or runs one of the operator's
 * commands against an installation. Exit codes: 0 done, 1 failed, 2 the command was wrong.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "Usage: bin/folkmoot [run] [--port N] [--data DIR] [--demo]   start the runtime in the foreground",
            "       bin/folkmoot modules                                 list the modules and which are enabled",
            "       bin/folkmoot enable MODULE...                        enable modules (hot: the runtime need not stop)",
            "       bin/folkmoot disable MODULE...                       disable modules; their data is kept",
            "       bin/folkmoot import FILE [--url URL] [--token T]    import contributions (JSON Lines) into the running runtime",
            "       bin/folkmoot import-open-data --site https://HOST FILE.zip [--url URL] [--token T] [--lang cy]",
            "                                                            import a Decidim site's open-data export (bootstrap)",
            "       bin/folkmoot select --targets F --respondents F --panel-size K --out DIR [...]",
            "                                                            select an assembly by sortition (select --help)",
            "       bin/folkmoot lottery --addresses FILE --letters N --seed TEXT --out DIR [...]",
            "                                                            draw the households for a civic lottery (lottery --help)",
            "       bin/folkmoot check-features                          resolve every module's feature against this runtime",
            "",
            "Environment: FOLKMOOT_PORT (default 8080), FOLKMOOT_DATA (default <home>/data), FOLKMOOT_JAVA_OPTS,",
            "             FOLKMOOT_TOKEN or FOLKMOOT_ADMIN_TOKEN (an API token for import).");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path home = Path.of(System.getProperty("folkmoot.home", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 || args[0].startsWith("--") ? "run" : args[0];
        if (command.equals("run") && Arrays.asList(args).contains("--help")) {
            command = "help";
        }
        List<String> rest = Arrays.asList(args).subList(args.length == 0 || args[0].startsWith("--") ? 0 : 1, args.length);
        try {
            return switch (command) {
                case "run" -> Launcher.run(Options.parse(home, rest, System.getenv()), out, err);
                case "modules" -> new Features(home).list(out);
                case "enable" -> new Features(home).enable(requireModules(rest), out);
                case "disable" -> new Features(home).disable(requireModules(rest), out);
                case "check-features" -> new FeatureCheck(home).check(out, err);
                case "import" -> ImportCommand.run(rest, System.getenv(), out);
                case "import-open-data" -> ImportOpenDataCommand.run(rest, System.getenv(), out);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("Unknown command '" + command + "'.");
            };
        } catch (UsageException e) {
            err.println("folkmoot: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (LauncherException e) {
            err.println("folkmoot: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> requireModules(List<String> names) {
        if (names.isEmpty()) {
            throw new UsageException("Name at least one module; 'bin/folkmoot modules' lists them.");
        }
        return names;
    }

    /** The command line was wrong: say how, and show the usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The command was right but could not be carried out: say why and what to do. */
    static final class LauncherException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LauncherException(String message) {
            super(message);
        }

        LauncherException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
