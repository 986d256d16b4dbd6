package org.folkmoot.sortition.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.folkmoot.sortition.internal.core.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectCommandTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SelectCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void selectsFromARealSortitionFoundationFileAndWritesAllFiveFiles() throws Exception {
        Path data = Fixtures.pool500().resolve("sf_style");
        Path outDir = tmp.resolve("out");
        int code = run("select", "--targets", data.resolve("categories.csv").toString(), "--respondents",
                data.resolve("respondents.csv").toString(), "--panel-size", "50", "--algorithm", "legacy", "--seed",
                "Citizens Assembly 2026", "--out", outDir.toString());
        assertEquals(0, code, err());
        for (String f : List.of("selected.csv", "remaining.csv", "probabilities.csv", "distribution.csv", "summary.json")) {
            assertTrue(Files.size(outDir.resolve(f)) > 0, f);
        }
        List<String> selected = Files.readAllLines(outDir.resolve("selected.csv"));
        List<String> remaining = Files.readAllLines(outDir.resolve("remaining.csv"));
        assertEquals("id,primary_address1,primary_zip,gender,age,education,region,ethnicity,urbanity,attitude", selected.get(0));
        assertEquals(50, selected.size() - 1);
        assertEquals(450, remaining.size() - 1);
        List<String> probabilities = Files.readAllLines(outDir.resolve("probabilities.csv"));
        assertEquals("id,probability", probabilities.get(0));
        assertEquals(501, probabilities.size());
        double sum = probabilities.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).sum();
        assertEquals(50, sum, 1e-6);
        String summary = Files.readString(outDir.resolve("summary.json"));
        for (String key : List.of("\"minProbability\"", "\"meanProbability\"", "\"gini\"", "\"panels\"", "\"seconds\"")) {
            assertTrue(summary.contains(key), key + " in " + summary);
        }
        assertTrue(summary.contains("\"addressColumns\": [\"primary_address1\", \"primary_zip\"]"), summary);
        assertFalse(Files.exists(outDir.resolve("transparent.csv")), "only with --transparent");
        // Anyone can repeat the draw from the seed and distribution.csv alone.
        assertEquals(redraw(outDir.resolve("distribution.csv"), "Citizens Assembly 2026"), ids(selected));
    }

    @Test
    void selectsWithLeximinFromAPanelotFileWithoutIds() throws Exception {
        Files.writeString(tmp.resolve("categories.csv"), """
                category,feature,min,max
                gender,female,2,3
                gender,male,2,3
                age,young,1,2
                age,old,2,4
                """);
        StringBuilder respondents = new StringBuilder("gender,age\n");
        String[] rows = {"female,young", "female,old", "female,old", "male,young", "male,old", "male,old", "male,old",
            "female,old", "male,young", "male,old"};
        for (String r : rows) {
            respondents.append(r).append('\n');
        }
        Files.writeString(tmp.resolve("respondents.csv"), respondents);
        Path outDir = tmp.resolve("lex");
        int code = run("--targets", tmp.resolve("categories.csv").toString(), "--respondents",
                tmp.resolve("respondents.csv").toString(), "--panel-size", "5", "--seed", "42", "--out", outDir.toString());
        assertEquals(0, code, err());
        List<String> probabilities = Files.readAllLines(outDir.resolve("probabilities.csv"));
        assertEquals("1", probabilities.get(1).split(",")[0]);
        assertEquals("10", probabilities.get(10).split(",")[0]);
        List<String> selected = Files.readAllLines(outDir.resolve("selected.csv"));
        assertEquals("id,gender,age", selected.get(0));
        assertEquals(redraw(outDir.resolve("distribution.csv"), "42"), ids(selected));
        assertTrue(Files.readString(outDir.resolve("summary.json")).contains("\"targetsFormat\": \"panelot\""));
        assertTrue(err().contains("lottery found"), "progress on stderr: " + err());
    }

    @Test
    void badInputExitsWithTwoAndSaysWhatIsWrong() throws IOException {
        Files.writeString(tmp.resolve("t.csv"), "category,name,min,max\ngender,f,1,2\ngender,m,1,2\n");
        Files.writeString(tmp.resolve("r.csv"), "id,gender\n1,f\n2,x\n3,m\n");
        int code = run("--targets", tmp.resolve("t.csv").toString(), "--respondents", tmp.resolve("r.csv").toString(),
                "--panel-size", "2", "--out", tmp.resolve("o").toString());
        assertEquals(2, code);
        assertTrue(err().contains("Respondent 2 has gender 'x', which is not in the targets"), err());
        assertTrue(!Files.exists(tmp.resolve("o").resolve("selected.csv")));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("--targets", "x.csv"));
        assertTrue(err().contains("--respondents is required"), err());
        assertEquals(2, run("--targets", "a", "--respondents", "b", "--panel-size", "ten", "--out", "o"));
        assertTrue(err().contains("--panel-size must be a whole number"), err());
        assertEquals(2, run("--bogus"));
        assertEquals(2, run("--targets", "/nonexistent/t.csv", "--respondents", "b", "--panel-size", "3", "--out",
                tmp.toString()));
        assertTrue(err().contains("file not found: /nonexistent/t.csv"), err());
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--algorithm leximin|maximin|legacy"));
    }

    @Test
    void transparentLotteryOfAThousandBallsDrawsBallFloorUTimesMPlusOne() throws Exception {
        Path data = Fixtures.pool500().resolve("sf_style");
        Path outDir = tmp.resolve("transparent");
        String seed = "Citizens Assembly 2026";
        int code = run("--targets", data.resolve("categories.csv").toString(), "--respondents",
                data.resolve("respondents.csv").toString(), "--panel-size", "50", "--algorithm", "maximin", "--seed", seed,
                "--transparent", "1000", "--out", outDir.toString());
        assertEquals(0, code, err());
        List<String> balls = Files.readAllLines(outDir.resolve("transparent.csv"));
        assertEquals("ball,panel,members", balls.get(0));
        assertEquals(1001, balls.size());
        List<String> distribution = Files.readAllLines(outDir.resolve("distribution.csv"));
        for (int b = 1; b <= 1000; b++) {
            String[] row = balls.get(b).split(",");
            assertEquals(Integer.toString(b), row[0]);
            String[] panelRow = distribution.get(Integer.parseInt(row[1])).split(",");
            assertEquals(row[1], panelRow[0]);
            assertEquals(panelRow[2], row[2], "ball " + b + " carries panel " + row[1] + " of distribution.csv");
        }
        // The drawn ball, recomputed from the seed alone: floor(u * 1000) + 1.
        BigDecimal u = uniform(seed);
        int ball = u.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.FLOOR).intValueExact() + 1;
        String[] drawnRow = balls.get(ball).split(",");
        List<String> selected = Files.readAllLines(outDir.resolve("selected.csv"));
        assertEquals(new HashSet<>(List.of(drawnRow[2].split(" "))), ids(selected));
        assertEquals(50, selected.size() - 1);
        String summary = Files.readString(outDir.resolve("summary.json"));
        assertTrue(summary.contains("\"transparentBalls\": 1000,"), summary);
        assertTrue(summary.contains("\"drawnBall\": " + ball + ","), summary);
        assertTrue(summary.contains("\"drawnPanel\": " + drawnRow[1] + ","), summary);
        double maxChange = Double.parseDouble(summary.replaceAll("(?s).*\"transparentMaxChange\": ([0-9.Ee-]+).*", "$1"));
        // Measured 0.0081 here (MAXIMIN's lottery is less even than LEXIMIN's): 8 balls in 1,000.
        assertTrue(maxChange > 0 && maxChange <= 0.02, "transparentMaxChange " + maxChange);
        List<String> original = Files.readAllLines(outDir.resolve("probabilities.csv"));
        List<String> rounded = Files.readAllLines(outDir.resolve("transparent_probabilities.csv"));
        assertEquals("id,probability", rounded.get(0));
        assertEquals(501, rounded.size());
        double sum = 0;
        double largest = 0;
        for (int i = 1; i < rounded.size(); i++) {
            String[] r = rounded.get(i).split(",");
            String[] o = original.get(i).split(",");
            assertEquals(o[0], r[0]);
            double p = Double.parseDouble(r[1]);
            assertEquals(0, Math.round(p * 1000) - p * 1000, 1e-6, "a whole number of balls: " + rounded.get(i));
            largest = Math.max(largest, Math.abs(p - Double.parseDouble(o[1])));
            sum += p;
        }
        assertEquals(maxChange, largest, 1e-9);
        assertEquals(50, sum, 1e-6);
        assertTrue(err().contains("Transparent lottery: 1000 balls"), err());
    }

    @Test
    void transparentNeedsAWholeNumberOfBallsFromTwoTo100000() {
        for (String bad : List.of("0", "abc", "1", "100001", "2.5")) {
            err.reset();
            assertEquals(2, run("--targets", "t.csv", "--respondents", "r.csv", "--panel-size", "5", "--transparent", bad,
                    "--out", tmp.resolve("o").toString()), bad);
            assertTrue(err().contains("--transparent must be a whole number of balls from 2 to 100000, not '" + bad + "'"),
                    err());
        }
        assertFalse(Files.exists(tmp.resolve("o")));
        assertEquals(2, run("--transparent"));
        assertTrue(err().contains("--transparent needs a value"), err());
    }

    private static Set<String> ids(List<String> csvLines) {
        Set<String> ids = new HashSet<>();
        for (String l : csvLines.subList(1, csvLines.size())) {
            ids.add(l.split(",")[0]);
        }
        return ids;
    }

    /** {@code u} as README.md describes it, written again from scratch. */
    private static BigDecimal uniform(String seed) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        long n = 0;
        for (int i = 0; i < 8; i++) {
            n = (n << 8) | (h[i] & 0xff);
        }
        return new BigDecimal(n >>> 11).divide(new BigDecimal(1L << 53));
    }

    /** The draw as README.md describes it, written again from scratch. */
    private static Set<String> redraw(Path distribution, String seed) throws Exception {
        BigDecimal u = uniform(seed);
        List<String[]> rows = new ArrayList<>();
        for (String l : Files.readAllLines(distribution).subList(1, Files.readAllLines(distribution).size())) {
            rows.add(l.split(","));
        }
        BigDecimal total = rows.stream().map(r -> new BigDecimal(r[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = u.multiply(total);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (String[] r : rows) {
            cumulative = cumulative.add(new BigDecimal(r[1]));
            if (target.compareTo(cumulative) < 0) {
                return new HashSet<>(List.of(r[2].split(" ")));
            }
        }
        return new HashSet<>(List.of(rows.get(rows.size() - 1)[2].split(" ")));
    }
}
