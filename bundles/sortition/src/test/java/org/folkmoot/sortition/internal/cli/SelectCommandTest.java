package org.folkmoot.sortition.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
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
        Path data = Fixtures.sharedData().resolve("sortition/synth_n500_50/sf_style");
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

    private static Set<String> ids(List<String> csvLines) {
        Set<String> ids = new HashSet<>();
        for (String l : csvLines.subList(1, csvLines.size())) {
            ids.add(l.split(",")[0]);
        }
        return ids;
    }

    /** The draw as README.md describes it, written again from scratch. */
    private static Set<String> redraw(Path distribution, String seed) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        long n = 0;
        for (int i = 0; i < 8; i++) {
            n = (n << 8) | (h[i] & 0xff);
        }
        BigDecimal u = new BigDecimal(n >>> 11).divide(new BigDecimal(1L << 53));
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
