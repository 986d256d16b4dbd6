package org.folkmoot.sortition.internal.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.folkmoot.sortition.internal.core.Draw;
import org.folkmoot.sortition.internal.core.Panel;
import org.folkmoot.sortition.internal.core.Selection;
import org.folkmoot.sortition.internal.core.TransparentLottery;

/**
 * Writes the five output files of a selection: {@code selected.csv} and {@code remaining.csv}
 * (the respondents' rows, with an {@code id} column first when the input had none),
 * {@code probabilities.csv}, {@code distribution.csv} and {@code summary.json}; with a
 * transparent lottery also {@code transparent.csv} and {@code transparent_probabilities.csv}.
 */
public final class Outputs {
    private Outputs() {
    }

    public static void write(Path dir, Respondents.Pool pool, Selection selection, int drawnPanel,
            Map<String, Object> summaryExtras) throws IOException {
        Files.createDirectories(dir);
        Set<Integer> chosen = new HashSet<>();
        for (int m : selection.panels().get(drawnPanel).members()) {
            chosen.add(m);
        }
        List<String> header = new ArrayList<>(pool.header());
        if (!pool.hasIdColumn()) {
            header.add(0, "id");
        }
        try (Writer sel = open(dir.resolve("selected.csv")); Writer rem = open(dir.resolve("remaining.csv"))) {
            sel.write(Csv.line(header) + "\n");
            rem.write(Csv.line(header) + "\n");
            for (int i = 0; i < pool.rows().size(); i++) {
                List<String> row = new ArrayList<>(pool.rows().get(i));
                if (!pool.hasIdColumn()) {
                    row.add(0, selection.problem().id(i));
                }
                (chosen.contains(i) ? sel : rem).write(Csv.line(row) + "\n");
            }
        }
        try (Writer w = open(dir.resolve("probabilities.csv"))) {
            w.write("id,probability\n");
            double[] p = selection.probabilities();
            for (int i = 0; i < p.length; i++) {
                w.write(Csv.line(List.of(selection.problem().id(i), format(p[i]))) + "\n");
            }
        }
        try (Writer w = open(dir.resolve("distribution.csv"))) {
            w.write("panel,probability,members\n");
            int n = 1;
            for (Panel panel : selection.panels()) {
                w.write(Csv.line(List.of(Integer.toString(n++), Draw.publishedValue(panel.probability()).toPlainString(),
                        memberIds(selection, panel))) + "\n");
            }
        }
        try (Writer w = open(dir.resolve("summary.json"))) {
            w.write(summary(selection, summaryExtras));
        }
    }

    /**
     * The two files of a transparent lottery: {@code transparent.csv} ({@code ball,panel,members}:
     * one row per ball, in ball order; {@code panel} is the 1-based row of distribution.csv) and
     * {@code transparent_probabilities.csv} ({@code id,probability} in the rounded lottery).
     */
    public static void writeTransparent(Path dir, Selection selection, TransparentLottery transparent)
            throws IOException {
        Files.createDirectories(dir);
        List<String> members = new ArrayList<>();
        for (Panel panel : selection.panels()) {
            members.add(memberIds(selection, panel));
        }
        try (Writer w = open(dir.resolve("transparent.csv"))) {
            w.write("ball,panel,members\n");
            for (int ball = 1; ball <= transparent.m(); ball++) {
                int panel = transparent.panelOnBall(ball);
                w.write(Csv.line(List.of(Integer.toString(ball), Integer.toString(panel + 1), members.get(panel))) + "\n");
            }
        }
        try (Writer w = open(dir.resolve("transparent_probabilities.csv"))) {
            w.write("id,probability\n");
            double[] p = transparent.probabilities();
            for (int i = 0; i < p.length; i++) {
                w.write(Csv.line(List.of(selection.problem().id(i), format(p[i]))) + "\n");
            }
        }
    }

    private static String memberIds(Selection selection, Panel panel) {
        StringBuilder members = new StringBuilder();
        for (int m : panel.members()) {
            if (members.length() > 0) {
                members.append(' ');
            }
            members.append(selection.problem().id(m));
        }
        return members.toString();
    }

    static String format(double p) {
        return String.format(Locale.ROOT, "%.10f", p);
    }

    private static Writer open(Path p) throws IOException {
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    static String summary(Selection s, Map<String, Object> extras) {
        StringBuilder b = new StringBuilder("{\n");
        field(b, "algorithm", s.algorithm().name().toLowerCase(Locale.ROOT));
        field(b, "poolSize", s.problem().size());
        field(b, "panelSize", s.problem().panelSize());
        field(b, "minProbability", s.minProbability());
        field(b, "meanProbability", s.meanProbability());
        field(b, "gini", s.gini());
        field(b, "panels", s.panels().size());
        field(b, "seconds", Math.round(s.seconds() * 1000) / 1000.0);
        for (Map.Entry<String, Object> e : extras.entrySet()) {
            field(b, e.getKey(), e.getValue());
        }
        b.setLength(b.length() - 2);
        return b.append("\n}\n").toString();
    }

    private static void field(StringBuilder b, String name, Object value) {
        b.append("  \"").append(name).append("\": ").append(json(value)).append(",\n");
    }

    private static String json(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(json(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toString().toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
