package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An auditor's recomputation: from the address file and the published seed, strata and weights,
 * follow the README's "The civic lottery" step by step with none of the lottery's code (raw CSV,
 * SHA-256 through BigInteger, integer arithmetic for the largest remainders), and get the same
 * households as {@code drawn.csv}.
 */
class LotteryRecomputeTest {
    private static final String SEED = "Trafford assembly 2027 / seed drawn in public: 5 1 9 0 3 3";

    @TempDir
    Path tmp;

    @Test
    void drawnCsvIsWhatTheStatedProcedureGives() throws Exception {
        Path file = tmp.resolve("addresses.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TraffordGazetteer.write(12_000, out);
        }
        // the lottery: 80% of 2,500 letters to LSOAs in IMD deciles 1 and 2, which hold fewer households than that
        AddressFile read = new AddressFileReader(AddressArea.EVERYWHERE).read(file, LotteryProgress.NONE);
        LotteryResult result = new CivicLottery().draw(new LotteryRequest(2_500, SEED, Optional.of("imd_decile"),
                StrataWeights.parse("1|2=0.8,*=0.2")), read.addresses(), LotteryProgress.NONE);
        StringWriter drawnCsv = new StringWriter();
        DrawnList.write(result, Collections.nCopies(result.drawn().size(), "-"), drawnCsv);

        // the auditor: strata from the column, weights 8 : 2 (only the ratio counts)
        Map<String, List<String[]>> strata = new TreeMap<>(); // stratum -> [uprn, key]
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            String decile = row.get("imd_decile");
            String stratum = decile.equals("1") || decile.equals("2") ? "1|2" : "*";
            String uprn = new BigInteger(row.get("UPRN")).toString();
            strata.computeIfAbsent(stratum, s -> new ArrayList<>()).add(new String[] {uprn, sha256Hex(SEED + "\n" + uprn)});
        }
        Map<String, Long> weight = Map.of("1|2", 8L, "*", 2L);
        Map<String, Long> letters = largestRemainder(2_500, weight, strata);
        assertEquals(strata.get("1|2").size(), letters.get("1|2"), "the test wants the deprived stratum to be full");

        Map<String, TreeSet<String>> expected = new TreeMap<>();
        for (var s : strata.entrySet()) {
            List<String[]> members = new ArrayList<>(s.getValue());
            members.sort((a, b) -> a[1].compareTo(b[1]));
            TreeSet<String> chosen = new TreeSet<>();
            for (int i = 0; i < letters.get(s.getKey()); i++) {
                chosen.add(members.get(i)[0] + " " + members.get(i)[1]);
            }
            expected.put(s.getKey(), chosen);
        }

        Map<String, TreeSet<String>> published = new TreeMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(drawnCsv.toString()))) {
            published.computeIfAbsent(row.get("stratum"), s -> new TreeSet<>()).add(row.get("uprn") + " " + row.get("key"));
        }
        assertEquals(expected, published);
        assertEquals(2_500, published.values().stream().mapToInt(TreeSet::size).sum());
    }

    /** README steps 3 and 4, in whole numbers: quotas R * w / W compared as R * w against n * W. */
    private static Map<String, Long> largestRemainder(long letters, Map<String, Long> weight, Map<String, List<String[]>> strata) {
        Map<String, Long> given = new HashMap<>();
        List<String> open = new ArrayList<>(strata.keySet());
        long left = letters;
        boolean changed = true;
        while (changed) {
            changed = false;
            long total = open.stream().mapToLong(weight::get).sum();
            for (String s : List.copyOf(open)) {
                long households = strata.get(s).size();
                if (left * weight.get(s) >= households * total) {
                    given.put(s, households);
                    open.remove(s);
                    changed = true;
                }
            }
            left = letters - given.values().stream().mapToLong(Long::longValue).sum();
        }
        long total = open.stream().mapToLong(weight::get).sum();
        long spare = left;
        for (String s : open) {
            given.put(s, left * weight.get(s) / total);
            spare -= left * weight.get(s) / total;
        }
        final long l = left;
        open.sort((a, b) -> {
            int byRemainder = Long.compare(l * weight.get(b) % total, l * weight.get(a) % total);
            return byRemainder != 0 ? byRemainder : a.compareTo(b);
        });
        for (int i = 0; i < spare; i++) {
            given.merge(open.get(i), 1L, Long::sum);
        }
        return given;
    }

    private static String sha256Hex(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%064x", new BigInteger(1, digest));
    }
}
