package org.folkmoot.sortition.internal.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.folkmoot.sortition.internal.core.Algorithm;
import org.folkmoot.sortition.internal.core.Problem;
import org.folkmoot.sortition.internal.core.Progress;
import org.folkmoot.sortition.internal.core.Quota;
import org.folkmoot.sortition.internal.core.Selection;
import org.folkmoot.sortition.internal.core.Sortition;
import org.folkmoot.sortition.internal.io.Respondents;
import org.folkmoot.sortition.internal.io.Targets;

/**
 * Benchmark over the generated pools ({@code synth_n<pool>_<panel>/}, each in Panelot style and
 * in {@code sf_style/}). Not a test: run it with {@code bundles/sortition/bench.sh}.
 *
 * <p>Arguments: {@code [DATA_DIR] [ALGORITHM,...] [POOL_FILTER]}; {@code -Dbench.format=panelot} (or
 * {@code sf_style}) runs one format only.
 */
public final class SortitionBench {
    private static final Pattern POOL = Pattern.compile("synth_n(\\d+)_(\\d+)");

    private SortitionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "bundles/testdata/sortition");
        List<Algorithm> algorithms = args.length > 1
                ? Stream.of(args[1].split(",")).map(a -> Algorithm.valueOf(a.trim().toUpperCase(Locale.ROOT))).toList()
                : List.of(Algorithm.LEXIMIN);
        String filter = args.length > 2 ? args[2] : "";
        List<Path> pools;
        try (Stream<Path> s = Files.list(data)) {
            pools = s.filter(p -> POOL.matcher(p.getFileName().toString()).matches())
                    .filter(p -> p.getFileName().toString().contains(filter))
                    .sorted((a, b) -> Integer.compare(poolSize(a), poolSize(b))).collect(Collectors.toList());
        }
        boolean verbose = Boolean.getBoolean("bench.verbose");
        List<String> table = new ArrayList<>();
        table.add(String.format("%-22s %-9s %-8s %8s %10s %8s %7s %7s", "pool", "format", "algo", "seconds", "minProb",
                "panels", "gini", "types"));
        for (Path pool : pools) {
            Matcher m = POOL.matcher(pool.getFileName().toString());
            m.matches();
            int panelSize = Integer.parseInt(m.group(2));
            for (String format : List.of("panelot", "sf_style")) {
                if (!System.getProperty("bench.format", format).equals(format)) {
                    continue;
                }
                Path dir = format.equals("panelot") ? pool : pool.resolve("sf_style");
                Problem problem = load(dir, panelSize);
                for (Algorithm algorithm : algorithms) {
                    Progress progress = verbose ? line -> System.err.println("  " + line) : Progress.NONE;
                    Selection s = Sortition.select(problem, algorithm, progress);
                    String row = String.format(Locale.ROOT, "%-22s %-9s %-8s %8.1f %10.5f %8d %7.4f", pool.getFileName(),
                            format, algorithm.name().toLowerCase(Locale.ROOT), s.seconds(), s.minProbability(),
                            s.panels().size(), s.gini());
                    System.out.println(row);
                    table.add(row);
                }
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    private static int poolSize(Path p) {
        Matcher m = POOL.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The problem in {@code dir} ({@code categories.csv}, {@code respondents.csv}), default address columns. */
    public static Problem load(Path dir, int panelSize) throws IOException {
        List<Quota> quotas;
        try (Reader r = Files.newBufferedReader(dir.resolve("categories.csv"), StandardCharsets.UTF_8)) {
            quotas = Targets.read(r, "categories.csv").quotas();
        }
        java.util.Set<String> categories = new java.util.LinkedHashSet<>();
        quotas.forEach(q -> categories.add(q.category()));
        try (Reader r = Files.newBufferedReader(dir.resolve("respondents.csv"), StandardCharsets.UTF_8)) {
            return new Problem(quotas, Respondents.read(r, "respondents.csv", categories, null).respondents(), panelSize);
        }
    }
}
