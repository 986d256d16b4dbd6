package org.folkmoot.assemblies.internal.lottery;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.folkmoot.assemblies.internal.letters.Letter;
import org.folkmoot.assemblies.internal.letters.LetterLanguage;
import org.folkmoot.assemblies.internal.letters.LetterPdf;
import org.folkmoot.assemblies.internal.letters.LetterSettings;
import org.folkmoot.assemblies.internal.letters.LetterWording;
import org.folkmoot.assemblies.internal.letters.MailMergeCsv;

/**
 * The civic lottery benchmark (issue 12, item 11; not a test): {@code bundles/assemblies/bench.sh
 * [ADDRESSES, default 150000] [LETTERS, default 30000] [WORK DIR]}. Generates the made-up Trafford
 * gazetteer, reads it, draws the letters with Newham's 80/20 split by IMD decile, issues codes,
 * writes the mail-merge CSV and the bilingual PDF (timed, with progress), then writes the PDF again
 * for a tenth of the letters and for all of them, measuring the live heap after a full GC every
 * 1,000 pages, to show whether memory grows with the letter count.
 */
public final class LotteryBenchmark {
    private LotteryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int addresses = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int letters = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("lottery-bench");
        Files.createDirectories(work);
        System.out.printf("Civic lottery benchmark: %,d letters from %,d addresses, %d processors, max heap %d MB, Java %s%n",
                letters, addresses, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));

        Path file = work.resolve("trafford_" + addresses + ".csv");
        long t = System.nanoTime();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TraffordGazetteer.write(addresses, out);
        }
        System.out.printf("generated %s (%,d bytes) in %.2f s%n", file, Files.size(file), seconds(t));

        t = System.nanoTime();
        AddressFile read = new AddressFileReader(AddressArea.EVERYWHERE).read(file, (stage, done, total) -> { });
        double readSeconds = seconds(t);
        System.out.printf("read %,d addresses (%d problems) in %.2f s%n", read.addresses().size(), read.problems().size(), readSeconds);

        LotteryRequest request = new LotteryRequest(letters, "Trafford assembly benchmark seed", Optional.of("imd_decile"),
                StrataWeights.parse("1|2=0.8,*=0.2"));
        LotteryResult result = null;
        double best = Double.MAX_VALUE;
        double first = 0;
        for (int run = 1; run <= 5; run++) {
            t = System.nanoTime();
            long cpu = cpuNanos();
            result = new CivicLottery().draw(request, read.addresses(), LotteryProgress.NONE);
            double s = seconds(t);
            best = Math.min(best, s);
            first = run == 1 ? s : first;
            System.out.printf("draw %d: %,d households in %.3f s (%.3f s of processor time, all threads)%n", run, result.drawn().size(), s,
                    (cpuNanos() - cpu) / 1e9);
        }
        result.strata().forEach(s -> System.out.printf("  stratum %-4s weight %s: %,d households, %,d letters%n", s.stratum(), s.weight(),
                s.households(), s.letters()));
        System.out.printf("DRAW: %,d of %,d, first run %.3f s, best of 5 %.3f s (target < 2 s); reading the file %.2f s%n",
                letters, addresses, first, best, readSeconds);

        t = System.nanoTime();
        List<String> codes = new RegistrationCodes(new SecureRandom()).issue(result.drawn().size());
        System.out.printf("issued %,d registration codes in %.3f s%n", codes.size(), seconds(t));
        List<Letter> all = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            all.add(new Letter(result.drawn().get(i), codes.get(i)));
        }
        LetterSettings settings = settings();
        t = System.nanoTime();
        try (Writer out = Files.newBufferedWriter(work.resolve("letters.csv"), StandardCharsets.UTF_8)) {
            MailMergeCsv.write(all, settings, out);
        }
        System.out.printf("mail-merge CSV in %.2f s%n", seconds(t));

        Path pdf = work.resolve("letters.pdf");
        t = System.nanoTime();
        long pdfCpu = cpuNanos();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf), 1 << 16)) {
            new LetterPdf(settings).write(all.iterator(), all.size(), out, progress());
        }
        double pdfSeconds = seconds(t);
        System.out.printf("%nPDF: %,d pages, English and Welsh, in %.1f s (%.0f pages/s, target < 60 s; %.1f s of processor time), %,d bytes%n",
                all.size(), pdfSeconds, all.size() / pdfSeconds, (cpuNanos() - pdfCpu) / 1e9, Files.size(pdf));
        System.out.printf("load average now %.1f on %d processors%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        long small = heapGrowth(settings, all.subList(0, all.size() / 10), work.resolve("small.pdf"));
        long large = heapGrowth(settings, all, work.resolve("large.pdf"));
        System.out.printf("HEAP while writing (live, after GC, above the heap before): %,d letters %.1f MB, %,d letters %.1f MB%n",
                all.size() / 10, small / 1e6, all.size(), large / 1e6);
    }

    /** The most live heap above the starting point, sampled after a full GC every 1,000 pages. */
    private static long heapGrowth(LetterSettings settings, List<Letter> letters, Path pdf) throws IOException {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf), 1 << 16)) {
            new LetterPdf(settings).write(letters.iterator(), letters.size(), out, (stage, done, total) -> {
                if (done % 1_000 == 0 || done == total) {
                    System.gc();
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed() - before);
                }
            });
        }
        return peak[0];
    }

    private static LotteryProgress progress() {
        long start = System.nanoTime();
        return (stage, done, total) -> {
            if (done % 5_000 == 0 || done == total) {
                System.out.printf("  [%5.1f s] %s %,d of %,d%n", seconds(start), Messages.english(stage, List.of()), done, total);
            }
        };
    }

    /** Processor time of the whole JVM (all threads, GC and JIT included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static LetterSettings settings() {
        return new LetterSettings(new LetterSettings.Bilingual("Trafford Council", "Cyngor Trafford"),
                new LetterSettings.Bilingual("the Trafford Climate Assembly", "Cynulliad Hinsawdd Trafford"),
                new LetterSettings.Bilingual("How should Trafford reach net zero by 2038?", "Sut dylai Trafford gyrraedd sero net erbyn 2038?"),
                "https://www.trafford.example/assemblies/climate/register", LocalDate.of(2027, 3, 12), "0161 912 2000",
                "Trafford Council, Trafford Town Hall, Talbot Road, Stretford M32 0TH", LetterLanguage.BOTH, LetterWording.defaults("en"),
                LetterWording.defaults("cy"));
    }
}
