package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.folkmoot.distribution.FolkmootProcess.CommandResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/folkmoot lottery} of the assembled distribution, without a runtime, on the made-up
 * Trafford gazetteer (bundles/testdata/assemblies/trafford_addresses_3000.csv: generated houses on
 * Trafford's real postcodes, wards, LSOAs and IMD deciles; ONS and MHCLG data under the Open
 * Government Licence v3.0): Newham's 80/20 split, keys an auditor recomputes, a council's
 * Windows-1252 export with a repeated UPRN and an address outside the area, and wrong command lines.
 */
class LotteryIT {
    private static final String SEED = "Trafford Climate Assembly 2027: 31 07 44 19";
    private static FolkmootProcess folkmoot;

    @TempDir
    Path tmp;

    @BeforeAll
    static void install() throws IOException {
        folkmoot = FolkmootProcess.install();
    }

    @AfterAll
    static void remove() throws Exception {
        folkmoot.close();
    }

    private CommandResult lottery(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("lottery"));
        all.addAll(List.of(args));
        return folkmoot.command(Map.of(), all.toArray(String[]::new));
    }

    @Test
    void drawsEightyTwentyByDeprivationAndAnAuditorGetsTheSameKeys() throws Exception {
        Path addresses = tmp.resolve("trafford.csv");
        Files.write(addresses, TestData.gunzipped("assemblies/trafford_addresses_3000.csv"));
        Path out = tmp.resolve("draw");
        CommandResult r = lottery("--addresses", addresses.toString(), "--letters", "400", "--seed", SEED, "--strata", "imd_decile",
                "--weights", "1|2=0.8,*=0.2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(Pattern.compile("\\[\\s*[0-9.]+ s\\] Reading the address file: 100%").matcher(r.output()).find(), r.output());
        assertTrue(r.output().contains("trafford.csv: 3,000 rows, 3,000 addresses to draw from, 0 left out (UTF-8)"), r.output());
        assertTrue(r.output().contains("Drew 400 of 3,000 households"), r.output());

        List<String> drawn = Files.readAllLines(out.resolve("drawn.csv"));
        assertEquals("uprn,address,stratum,key,registration_code", drawn.get(0));
        assertEquals(401, drawn.size());
        int deprived = 0;
        for (String line : drawn.subList(1, drawn.size())) {
            String[] cells = line.split(",");
            String uprn = cells[0];
            String key = cells[cells.length - 2];
            assertEquals(sha256(SEED + "\n" + uprn), key, line);
            deprived += cells[cells.length - 3].equals("1|2") ? 1 : 0;
        }
        List<String> strata = Files.readAllLines(out.resolve("strata.csv"));
        assertEquals("stratum,weight,households,letters", strata.get(0));
        String deprivedRow = strata.stream().filter(s -> s.startsWith("1|2,")).findFirst().orElseThrow();
        assertEquals(Integer.parseInt(deprivedRow.split(",")[3]), deprived);
        // the most deprived fifth of Trafford's LSOAs holds fewer than 320 of these 3,000 households: all of them get a letter
        assertEquals(deprivedRow.split(",")[2], deprivedRow.split(",")[3], deprivedRow);
    }

    @Test
    void aWindows1252ExportWithARepeatedUprnAndAnAddressOutsideTheArea() throws Exception {
        String text = new String(TestData.gunzipped("assemblies/trafford_addresses_3000.csv"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.add(lines.get(1).replaceFirst(",[^,]+,", ",Caffi Siân,")); // the first household again
        lines.add("200000000001,1 Deansgate,,Manchester,M3 2BW,,,,");
        Path addresses = tmp.resolve("export.csv");
        Files.write(addresses, String.join("\r\n", lines).getBytes(Charset.forName("windows-1252")));
        Path out = tmp.resolve("export");
        CommandResult r = lottery("--addresses", addresses.toString(), "--letters", "100", "--seed", SEED, "--area",
                "M15,M16,M17,M21,M23,M31,M32,M33,M41,WA13,WA14,WA15", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("3,002 rows, 3,000 addresses to draw from, 2 left out (windows-1252)"), r.output());
        assertTrue(r.output().contains("The file is not UTF-8, so it was read as Windows-1252"), r.output());
        String problems = Files.readString(out.resolve("problems.csv"));
        assertTrue(problems.contains("3002,Row 3002: UPRN "), problems);
        assertTrue(problems.contains("is already on row 2. Each household is drawn at most once; this row is left out."), problems);
        assertTrue(problems.contains("3003,\"Row 3003 (UPRN 200000000001): the postcode M3 2BW is outside the assembly's area"), problems);
        assertEquals(101, Files.readAllLines(out.resolve("drawn.csv")).size());
    }

    @Test
    void wrongCommandLinesSayWhatToDoNext() throws Exception {
        CommandResult help = lottery("--help");
        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("Usage: bin/folkmoot lottery --addresses FILE --letters N --seed TEXT"), help.output());

        CommandResult missing = lottery("--letters", "10", "--seed", "x");
        assertEquals(2, missing.exitCode(), missing.output());
        assertTrue(missing.output().contains("Give --addresses, --out."), missing.output());

        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "Property Ref,Street,Post Code\n1,1 Park Road,M33 1AA\n");
        CommandResult refused = lottery("--addresses", bad.toString(), "--letters", "10", "--seed", "x", "--out", tmp.resolve("b").toString());
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("The file has no 'UPRN' column (its columns are: Property Ref, Street, Post Code)."), refused.output());
        assertTrue(refused.output().contains("nothing was drawn; put the file right and run the command again."), refused.output());
    }

    private static String sha256(String text) throws Exception {
        return String.format("%064x", new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
    }
}
