package org.folkmoot.connector.decidim.internal.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.connector.decidim.internal.ArchiveSpies;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.migration.ModuleMigrator;
import org.folkmoot.platform.internal.migration.Scripts;
import org.folkmoot.platform.internal.storage.DatabaseSettings;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.platform.internal.storage.Pools;

import com.zaxxer.hikari.HikariDataSource;
import org.folkmoot.testkit.TestFiles;

/**
 * The bootstrap's archive writes before and after {@code appendAll}, side by side in one run: a generated export
 * of ITEMS items (default 100,000) imported into the platform's real archive on a fresh H2 file database (the
 * runtime's default), once through an archive that appends one item at a time (as the import did with archive
 * 1.2) and once with the batch append, alternately, ROUNDS times (default 2); then each again over the same
 * database (nothing to write). Wall time and the process's CPU time are printed beside each other, because the
 * machine is shared: the CPU time per row is the steadier figure. The search indexer is not in this process
 * ({@code bench.sh} runs the whole runtime). Usage: {@code BootstrapBenchmark [ITEMS] [ROUNDS]}; the command is in
 * the README.
 */
public final class BootstrapBenchmark {

    private record Result(String mode, String pass, long rows, long imported, double wall, double cpu) {
        double rowsPerSecond() {
            return rows / wall;
        }

        double cpuMsPer1000() {
            return cpu * 1e6 / rows;
        }
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        new OpenDataGenerator().write(items, zip);
        Path platformScripts = Path.of(args.length > 2 ? args[2] : "bundles/platform/src/main/resources/db/migration/platform");
        List<Result> results = new ArrayList<>();
        System.out.printf("%d items, %d processors, load average %.1f at the start%n", items,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int round = 1; round <= rounds; round++) {
            if (!Boolean.getBoolean("bench.appendAllOnly")) { // for a profile of the import as it is now
                results.addAll(run("one at a time", ArchiveSpies::oneAtATime, zip.toByteArray(), platformScripts));
            }
            results.addAll(run("appendAll", a -> a, zip.toByteArray(), platformScripts));
        }
        System.out.printf("%n%-14s %-7s %8s %9s %8s %9s %8s %14s%n", "archive", "pass", "rows", "imported", "wall s",
                "rows/s", "CPU s", "CPU ms/1000 rows");
        for (Result r : results) {
            System.out.printf("%-14s %-7s %8d %9d %8.1f %9.0f %8.1f %14.0f%n", r.mode(), r.pass(), r.rows(), r.imported(),
                    r.wall(), r.rowsPerSecond(), r.cpu(), r.cpuMsPer1000());
        }
        for (String pass : List.of("first", "again")) {
            double before = median(results, "one at a time", pass, Result::rowsPerSecond);
            double after = median(results, "appendAll", pass, Result::rowsPerSecond);
            double cpuBefore = median(results, "one at a time", pass, Result::cpuMsPer1000);
            double cpuAfter = median(results, "appendAll", pass, Result::cpuMsPer1000);
            System.out.printf("%s import: appendAll / one at a time = %.2f x the rows/s (wall), %.2f x less CPU per row%n",
                    pass, after / before, cpuBefore / cpuAfter);
        }
        System.out.printf("load average %.1f at the end%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static List<Result> run(String mode, UnaryOperator<ContributionArchive> view, byte[] zip, Path platformScripts)
            throws Exception {
        Path dir = Files.createTempDirectory("decidim-bootstrap-bench");
        DatabaseSettings settings = DatabaseSettings.resolve("", "", "", 5, Map.of(), dir);
        List<Result> out = new ArrayList<>();
        try (HikariDataSource ds = Pools.open(settings)) {
            new ModuleMigrator(ds).migrate("platform", Scripts.inDirectory(platformScripts, "h2"));
            ContributionArchive archive = view.apply(new JdbcContributionArchive(ds, new JdbcAuditLog(ds, Clock.systemUTC()),
                    Clock.systemUTC()));
            for (String pass : List.of("first", "again")) {
                System.gc();
                try (OpenDataService service = new OpenDataService(archive, new JdbcTransactions(ds), org.folkmoot.connector.decidim.internal.TestMapper.mapper(),
                        a -> Optional.of(OpenDataGenerator.SITE), OpenDataLimits.DEFAULT, Clock.systemUTC())) {
                    long cpu0 = cpuNanos();
                    long t0 = System.nanoTime();
                    OpenDataProgress p = service.start(OpenDataGenerator.SITE, new ByteArrayInputStream(zip), "bench.zip");
                    if (!service.awaitIdle(30, TimeUnit.MINUTES) || p.stage() != OpenDataProgress.Stage.DONE) {
                        throw new IllegalStateException("the import did not finish: " + p.toJson());
                    }
                    Result r = new Result(mode, pass, p.read(), p.importedCount(), (System.nanoTime() - t0) / 1e9,
                            (cpuNanos() - cpu0) / 1e9);
                    System.out.printf("%s, %s: %d rows in %.1f s wall (%.0f rows/s), %.1f s CPU; %d imported, %d unchanged%n",
                            mode, pass, r.rows(), r.wall(), r.rowsPerSecond(), r.cpu(), p.importedCount(), p.unchangedCount());
                    out.add(r);
                }
            }
        } finally {
            TestFiles.deleteTree(dir);
        }
        return out;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Result> results, String mode, String pass, java.util.function.ToDoubleFunction<Result> f) {
        double[] v = results.stream().filter(r -> r.mode().equals(mode) && r.pass().equals(pass)).mapToDouble(f).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
