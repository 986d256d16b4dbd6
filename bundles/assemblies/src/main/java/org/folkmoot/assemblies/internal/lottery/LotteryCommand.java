package org.folkmoot.assemblies.internal.lottery;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code bin/folkmoot lottery}: the civic lottery without a runtime, so that an officer can draw
 * before Folkmoot is installed and an auditor can repeat a published draw. Writes {@code drawn.csv}
 * (UPRN, address, stratum, key, registration code), {@code strata.csv} and, when rows were left
 * out, {@code problems.csv}; prints progress and a summary. Exit codes: 0 drawn, 1 the file or the
 * output directory stopped it, 2 the command line was wrong. Only the JDK and commons-csv are used,
 * so the script runs it from the bundle's jar.
 */
public final class LotteryCommand {
    static final String USAGE = String.join("\n",
            "Usage: bin/folkmoot lottery --addresses FILE --letters N --seed TEXT [--strata COLUMN [--weights 'A=0.8,B=0.2']]",
            "                            [--area 'M33,WA14,WA15 8'] --out DIR",
            "",
            "Draws the households that get a letter inviting them to register for a citizens' assembly, by the",
            "published procedure (README, 'The civic lottery'): each address's key is the SHA-256 of seed + newline +",
            "UPRN; letters go to strata by weight (largest remainder, never more than a stratum holds); the smallest",
            "keys in each stratum are drawn.",
            "",
            "  --addresses FILE   the address file exported from the gazetteer: CSV with a header row and columns",
            "                     UPRN, address lines (address_1, Address Line 2, street, town...), postcode, and any",
            "                     others (ward, lsoa_code, imd_decile...). UTF-8, or Windows-1252 as Excel saves it.",
            "  --letters N        how many letters to send",
            "  --seed TEXT        the seed, published before the draw",
            "  --strata COLUMN    the column whose values are the strata; without --weights, letters go in proportion",
            "                     to households per value",
            "  --weights W        weights per value: 'A=0.8,B=0.2'; join values with | ('1|2=0.8'), * for the rest",
            "                     ('1|2=0.8,*=0.2': 80% of letters to IMD deciles 1 and 2)",
            "  --area LIST        postcode districts or sectors in the area; rows elsewhere are reported, not drawn",
            "  --out DIR          where to write drawn.csv, strata.csv and problems.csv (must not hold a drawn.csv)",
            "",
            "drawn.csv holds the registration codes: keep it private (it goes to the print house, not on the web).");

    private LotteryCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println("folkmoot lottery: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.containsKey("help")) {
            out.println(USAGE);
            return 0;
        }
        try {
            return draw(options, out, err);
        } catch (LotteryException e) {
            err.println("folkmoot lottery: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("folkmoot lottery: " + e.getMessage());
            return 1;
        }
    }

    private static int draw(Map<String, String> options, PrintStream out, PrintStream err) throws IOException {
        Path file = Path.of(options.get("addresses"));
        if (!Files.isRegularFile(file)) {
            err.println("folkmoot lottery: no file at " + file.toAbsolutePath() + ". Give the path of the address file exported"
                    + " from the gazetteer (CSV).");
            return 1;
        }
        int letters;
        try {
            letters = Integer.parseInt(options.get("letters").strip());
        } catch (NumberFormatException e) {
            throw new LotteryException(LotteryProblem.refused("letters", "lottery.request.letters"));
        }
        StrataWeights weights = StrataWeights.parse(options.get("weights"));
        LotteryRequest request = new LotteryRequest(letters, options.get("seed"), Optional.ofNullable(options.get("strata")), weights);
        Path dir = Path.of(options.get("out"));
        if (Files.exists(dir.resolve("drawn.csv"))) {
            err.println("folkmoot lottery: " + dir.resolve("drawn.csv") + " is already there, and its registration codes may have"
                    + " been printed. Choose another --out directory, or move that one away first.");
            return 1;
        }
        AddressArea area = new AddressArea(options.containsKey("area") ? Arrays.asList(options.get("area").split(",")) : List.of());

        long start = System.nanoTime();
        Progress progress = new Progress(out, start);
        AddressFile read = new AddressFileReader(area).read(file, progress);
        out.printf("%s: %,d rows, %,d addresses to draw from, %,d left out (%s)%n", file.getFileName(), read.rows(),
                read.addresses().size(), read.leftOut(), read.encoding().name());
        read.problems().stream().filter(p -> p.severity() != LotteryProblem.Severity.LEFT_OUT).forEach(p -> out.println("  " + p.english()));
        if (read.refused()) {
            err.println("folkmoot lottery: nothing was drawn; put the file right and run the command again.");
            return 1;
        }
        LotteryResult result = new CivicLottery().draw(request, read.addresses(), progress);
        if (result.refused()) {
            result.problems().forEach(p -> err.println("folkmoot lottery: " + p.english()));
            return 2;
        }
        result.problems().forEach(p -> out.println("  " + p.english()));
        List<String> codes = new RegistrationCodes(new SecureRandom()).issue(result.drawn().size());
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("drawn.csv"), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            DrawnList.write(result, codes, w);
        }
        writeStrata(result, dir.resolve("strata.csv"));
        List<LotteryProblem> rows = read.problems().stream().filter(p -> p.severity() == LotteryProblem.Severity.LEFT_OUT).toList();
        if (!read.problems().isEmpty()) {
            writeProblems(read.problems(), dir.resolve("problems.csv"));
        }
        out.printf("[%6.2f s] Drew %,d of %,d households (seed \"%s\")%n", (System.nanoTime() - start) / 1e9, result.drawn().size(),
                read.addresses().size(), request.seed());
        for (StratumCount s : result.strata()) {
            out.printf("  stratum %s: %,d letters of %,d households (weight %s)%n", s.stratum(), s.letters(), s.households(),
                    s.weight().toPlainString());
        }
        out.println("Wrote " + dir.resolve("drawn.csv") + " (private: it holds the registration codes), " + dir.resolve("strata.csv")
                + (read.problems().isEmpty() ? "" : ", " + dir.resolve("problems.csv") + " (" + rows.size() + " rows left out"
                + (read.problems().stream().anyMatch(p -> p.key().equals("lottery.file.moreProblems")) ? ", first 200 of each kind" : "")
                + ")"));
        return 0;
    }

    private static void writeStrata(LotteryResult result, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("stratum", "weight", "households", "letters").get())) {
            for (StratumCount s : result.strata()) {
                csv.printRecord(s.stratum(), s.weight().toPlainString(), s.households(), s.letters());
            }
        }
    }

    private static void writeProblems(List<LotteryProblem> problems, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("row", "problem").get())) {
            for (LotteryProblem p : problems) {
                csv.printRecord(p.line() == 0 ? "" : p.line(), p.english());
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("addresses", "letters", "seed", "strata", "weights", "area", "out");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                options.put("help", "");
                return options;
            }
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + args[i] + "'.");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("--" + name + " needs a value.");
            }
            options.put(name, args[++i]);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("addresses", "letters", "seed", "out")) {
            if (!options.containsKey(required)) {
                missing.add("--" + required);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Give " + String.join(", ", missing) + ".");
        }
        return options;
    }

    /** Progress lines at every tenth of each stage. */
    private static final class Progress implements LotteryProgress {
        private final PrintStream out;
        private final long start;
        private String stage = "";
        private long shown = -1;

        Progress(PrintStream out, long start) {
            this.out = out;
            this.start = start;
        }

        @Override
        public void update(String stage, long done, long total) {
            if (!stage.equals(this.stage)) {
                this.stage = stage;
                shown = -1;
            }
            long tenth = total <= 0 ? 0 : done * 10 / total;
            if (tenth > shown) {
                shown = tenth;
                out.printf("[%6.2f s] %s: %d%%%n", (System.nanoTime() - start) / 1e9, Messages.english(stage, List.of()), tenth * 10);
            }
        }
    }
}
