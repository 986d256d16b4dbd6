package org.folkmoot.sortition.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.folkmoot.sortition.internal.core.Algorithm;
import org.folkmoot.sortition.internal.core.Draw;
import org.folkmoot.sortition.internal.core.Problem;
import org.folkmoot.sortition.internal.core.Quota;
import org.folkmoot.sortition.internal.core.Selection;
import org.folkmoot.sortition.internal.core.Sortition;
import org.folkmoot.sortition.internal.core.SortitionInputException;
import org.folkmoot.sortition.internal.core.TransparentLottery;
import org.folkmoot.sortition.internal.io.Outputs;
import org.folkmoot.sortition.internal.io.Respondents;
import org.folkmoot.sortition.internal.io.Targets;

/**
 * {@code folkmoot select}: builds the lottery, draws from it with the seed and writes the five
 * output files; with {@code --transparent M} the lottery is first rounded to {@code M} equally
 * likely balls ({@link TransparentLottery}), the draw picks ball {@code floor(u*M)+1} and two more
 * files describe the balls. Exit codes: 0 done, 2 bad usage or bad input, 1 anything else.
 */
public final class SelectCommand {
    static final String USAGE = """
            Usage: folkmoot select --targets FILE --respondents FILE --panel-size K
                                   [--algorithm leximin|maximin|legacy] [--seed S]
                                   [--address-columns a,b] [--transparent M] --out DIR

            Selects a citizens' assembly panel by stratified sortition.
              --targets FILE          quotas: category,name,min,max[,min_flex,max_flex] (Sortition
                                      Foundation) or category,feature,min,max (Panelot)
              --respondents FILE      the pool: one column per category; an id column (else the id
                                      is the 1-based row number); address columns
              --panel-size K          how many members to select
              --algorithm A           leximin (default), maximin or legacy
              --seed S                the public seed announced before the draw; without one a
                                      random seed is used and recorded in summary.json
              --address-columns a,b   columns that together give a household's address (at most one
                                      person per household is selected); default primary_address1,
                                      primary_zip when both exist; "none" turns the rule off
              --transparent M         also round the lottery to M equally likely balls (2 to
                                      100000; pipage rounding) and draw ball floor(u*M)+1:
                                      writes transparent.csv and transparent_probabilities.csv
              --out DIR               where selected.csv, remaining.csv, probabilities.csv,
                                      distribution.csv and summary.json are written
            """;

    private SelectCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Map<String, String> options = parse(args);
            if (options.containsKey("help")) {
                out.print(USAGE);
                return 0;
            }
            return select(options, out, err);
        } catch (UsageException e) {
            err.println("folkmoot select: " + e.getMessage());
            err.println("Run with --help for usage.");
            return 2;
        } catch (SortitionInputException e) {
            err.println("folkmoot select: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("folkmoot select: file not found: " + e.getFile());
            return 2;
        } catch (MalformedInputException e) {
            err.println("folkmoot select: an input file is not UTF-8 text; save it as UTF-8 CSV and try again.");
            return 2;
        } catch (IOException e) {
            err.println("folkmoot select: " + e);
            return 1;
        } catch (RuntimeException e) {
            err.println("folkmoot select: failed: " + e);
            return 1;
        }
    }

    private static final Set<String> FLAGS = Set.of("targets", "respondents", "panel-size", "algorithm", "seed",
            "address-columns", "transparent", "out", "help");

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        int i = 0;
        if (args.length > 0 && args[0].equals("select")) {
            i = 1;
        }
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                options.put("help", "");
                continue;
            }
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument '" + a + "'.");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!FLAGS.contains(name)) {
                throw new UsageException("unknown option --" + name + ".");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value.");
                }
                value = args[++i];
            }
            options.put(name, value);
        }
        return options;
    }

    private static int select(Map<String, String> o, PrintStream out, PrintStream err) throws IOException {
        for (String required : List.of("targets", "respondents", "panel-size", "out")) {
            if (!o.containsKey(required)) {
                throw new UsageException("--" + required + " is required.");
            }
        }
        int panelSize;
        try {
            panelSize = Integer.parseInt(o.get("panel-size").trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--panel-size must be a whole number, not '" + o.get("panel-size") + "'.");
        }
        Algorithm algorithm;
        try {
            algorithm = Algorithm.valueOf(o.getOrDefault("algorithm", "leximin").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--algorithm must be leximin, maximin or legacy, not '" + o.get("algorithm") + "'.");
        }
        List<String> addressColumns = null;
        if (o.containsKey("address-columns")) {
            String a = o.get("address-columns").trim();
            addressColumns = a.equalsIgnoreCase("none") || a.isEmpty() ? List.of()
                    : Stream.of(a.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        Integer transparentBalls = null;
        if (o.containsKey("transparent")) {
            String t = o.get("transparent").trim();
            int m;
            try {
                m = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                m = -1;
            }
            if (m < TransparentLottery.MIN_BALLS || m > TransparentLottery.MAX_BALLS) {
                throw new UsageException("--transparent must be a whole number of balls from " + TransparentLottery.MIN_BALLS
                        + " to " + TransparentLottery.MAX_BALLS + ", not '" + o.get("transparent") + "'.");
            }
            transparentBalls = m;
        }
        Path targetsFile = Path.of(o.get("targets"));
        Path respondentsFile = Path.of(o.get("respondents"));
        Targets targets;
        try (Reader r = Files.newBufferedReader(targetsFile, StandardCharsets.UTF_8)) {
            targets = Targets.read(r, targetsFile.getFileName().toString());
        }
        Set<String> categories = new LinkedHashSet<>();
        for (Quota q : targets.quotas()) {
            categories.add(q.category());
        }
        Respondents.Pool pool;
        try (Reader r = Files.newBufferedReader(respondentsFile, StandardCharsets.UTF_8)) {
            pool = Respondents.read(r, respondentsFile.getFileName().toString(), categories, addressColumns);
        }
        String seed = o.get("seed");
        boolean seedGiven = seed != null;
        if (!seedGiven) {
            byte[] b = new byte[16];
            new SecureRandom().nextBytes(b);
            seed = HexFormat.of().formatHex(b);
            err.println("No --seed given: using the random seed " + seed
                    + " (recorded in summary.json). For a public draw, announce a seed in advance.");
        }
        err.printf("Targets: %s format, %d values in %d categories. Pool: %d respondents%s.%n",
                targets.format() == Targets.Format.PANELOT ? "Panelot" : "Sortition Foundation", targets.quotas().size(),
                categories.size(), pool.respondents().size(), pool.addressColumns().isEmpty() ? ", no household rule"
                        : ", households by " + String.join("+", pool.addressColumns()));
        Problem problem = new Problem(targets.quotas(), pool.respondents(), panelSize);
        err.println("Computing the " + algorithm.name().toLowerCase(Locale.ROOT) + " lottery...");
        long started = System.nanoTime();
        Selection selection = Sortition.select(problem, algorithm,
                line -> err.printf(Locale.ROOT, "  [%5.1f s] %s%n", (System.nanoTime() - started) / 1e9, line));
        TransparentLottery transparent = null;
        int drawnBall = 0;
        int drawn;
        if (transparentBalls != null) {
            transparent = TransparentLottery.round(selection, transparentBalls);
            drawnBall = transparent.drawnBall(seed);
            drawn = transparent.panelOnBall(drawnBall);
            err.printf(Locale.ROOT, "Transparent lottery: %d balls (pipage rounding); the largest change of anyone's"
                    + " probability is %.6f.%n", transparentBalls, transparent.maxChange());
        } else {
            drawn = Draw.panelIndex(selection.panels(), seed);
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("seed", seed);
        extras.put("seedGiven", seedGiven);
        extras.put("drawUniform", Draw.uniform(seed).toPlainString());
        extras.put("drawnPanel", drawn + 1);
        if (transparent != null) {
            extras.put("transparentBalls", transparent.m());
            extras.put("drawnBall", drawnBall);
            extras.put("transparentMaxChange", transparent.maxChange());
        }
        extras.put("targetsFormat", targets.format() == Targets.Format.PANELOT ? "panelot" : "sortition-foundation");
        extras.put("addressColumns", pool.addressColumns());
        Path outDir = Path.of(o.get("out"));
        Outputs.write(outDir, pool, selection, drawn, extras);
        if (transparent != null) {
            Outputs.writeTransparent(outDir, selection, transparent);
        }
        out.printf(Locale.ROOT, "Selected %d of %d (panel %d of %d in distribution.csv). Minimum probability %.4f, "
                + "mean %.4f, Gini %.4f, %.1f s. Files in %s%n", panelSize, problem.size(), drawn + 1,
                selection.panels().size(), selection.minProbability(), selection.meanProbability(), selection.gini(),
                selection.seconds(), outDir);
        if (transparent != null) {
            out.printf(Locale.ROOT, "Drawn ball %d of %d (transparent.csv). Largest change of a probability: %.6f.%n",
                    drawnBall, transparent.m(), transparent.maxChange());
        }
        return 0;
    }

    /** Wrong command-line usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
