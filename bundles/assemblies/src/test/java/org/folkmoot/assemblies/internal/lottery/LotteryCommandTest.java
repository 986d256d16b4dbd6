package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/folkmoot lottery} as the launcher runs it, in one JVM (the process test is {@code LotteryIT}). */
class LotteryCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LotteryCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path addresses(int n, String extra) throws IOException {
        Path file = tmp.resolve("addresses.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TraffordGazetteer.write(n, out);
            out.write(extra);
        }
        return file;
    }

    @Test
    void drawsWritesDrawnCsvAndSaysWhatItDid() throws IOException {
        Path file = addresses(5_000, "100011000000,1 Deansgate,,Manchester,M3 2BW,,,,\r\n,No UPRN,,Sale,M33 1AA,,,,\r\n");
        Path out = tmp.resolve("out");
        Run r = run("--addresses", file.toString(), "--letters", "600", "--seed", "public seed", "--strata", "imd_decile",
                "--weights", "1|2=0.8,*=0.2", "--area", "M15,M16,M17,M21,M23,M31,M32,M33,M41,WA13,WA14,WA15", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Reading the address file: 100%"), r.out());
        assertTrue(r.out().contains("addresses.csv: 5,002 rows, 5,000 addresses to draw from, 2 left out (UTF-8)"), r.out());
        assertTrue(r.out().contains("Drew 600 of 5,000 households (seed \"public seed\")"), r.out());
        assertTrue(r.out().contains("stratum 1|2: "), r.out());
        List<String> drawn = Files.readAllLines(out.resolve("drawn.csv"));
        assertEquals("uprn,address,stratum,key,registration_code", drawn.get(0));
        assertEquals(601, drawn.size());
        assertTrue(drawn.get(1).matches("\\d+,\"[^\"]+\",(1\\|2|\\*),[0-9a-f]{64},[3-9A-Y]{5}-[3-9A-Y]{5}"), drawn.get(1));
        List<String> problems = Files.readAllLines(out.resolve("problems.csv"));
        assertEquals(List.of("row,problem",
                "5002,\"Row 5002 (UPRN 100011000000): the postcode M3 2BW is outside the assembly's area, so it is not drawn.\"",
                "5003,\"Row 5003 has no UPRN, so it is not drawn. Add the UPRN from the gazetteer if the address should be in the lottery.\""),
                problems);
        assertTrue(Files.readString(out.resolve("strata.csv")).startsWith("stratum,weight,households,letters\r\n*,0.2,"));

        Run again = run("--addresses", file.toString(), "--letters", "600", "--seed", "public seed", "--out", out.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("is already there, and its registration codes may have been printed. Choose another --out"), again.err());
    }

    @Test
    void wrongCommandLinesSayWhatToDo() throws IOException {
        Run missing = run("--letters", "10");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Give --addresses, --seed, --out."), missing.err());
        assertTrue(missing.err().contains("Usage: bin/folkmoot lottery"), missing.err());

        Path file = addresses(100, "");
        Run weights = run("--addresses", file.toString(), "--letters", "10", "--seed", "s", "--strata", "ward", "--weights", "A=lots",
                "--out", tmp.resolve("w").toString());
        assertEquals(2, weights.exit());
        assertTrue(weights.err().contains("The weight of A must be a number, such as 0.8 (not 'lots')."), weights.err());

        Run letters = run("--addresses", file.toString(), "--letters", "ten", "--seed", "s", "--out", tmp.resolve("l").toString());
        assertEquals(2, letters.exit());
        assertTrue(letters.err().contains("Enter how many letters to send, a whole number more than 0."), letters.err());

        Run noFile = run("--addresses", tmp.resolve("nowhere.csv").toString(), "--letters", "10", "--seed", "s", "--out", tmp.toString());
        assertEquals(1, noFile.exit());
        assertTrue(noFile.err().contains("Give the path of the address file exported from the gazetteer (CSV)."), noFile.err());

        Files.writeString(tmp.resolve("bad.csv"), "id,street,postcode\n1,1 Park Road,M33 1AA\n");
        Run refused = run("--addresses", tmp.resolve("bad.csv").toString(), "--letters", "10", "--seed", "s", "--out", tmp.resolve("b").toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.out().contains("The file has no 'UPRN' column (its columns are: id, street, postcode)."), refused.out());
        assertTrue(refused.err().contains("nothing was drawn; put the file right and run the command again."), refused.err());
        assertFalse(Files.exists(tmp.resolve("b")));

        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--weights W"), help.out());
    }
}
