package org.folkmoot.assemblies.internal.targets;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.Refused;

/**
 * Targets in the Sortition Foundation's CSV format, {@code category,name,min,max[,min_flex,max_flex]},
 * as {@code bin/folkmoot select --targets} reads it. Without flex columns any relaxation may be
 * suggested (min_flex 0, max_flex the panel size).
 */
public final class TargetsCsv {
    public static final String HEADER = "category,name,min,max,min_flex,max_flex";

    private TargetsCsv() {
    }

    public static List<Target> read(byte[] bytes, int panelSize) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Target> targets = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Map<String, Integer> header = new java.util.HashMap<>();
            csv.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT), v));
            for (String column : List.of("category", "name", "min", "max")) {
                if (!header.containsKey(column)) {
                    throw Refused.of("targets", "assemblies.error.targets.header", column);
                }
            }
            for (CSVRecord r : csv) {
                long line = r.getRecordNumber() + 1;
                String category = cell(r, header.get("category"));
                String value = cell(r, header.get("name"));
                if (category.isEmpty() || value.isEmpty()) {
                    throw Refused.of("targets", "assemblies.error.targets.line", line);
                }
                int min = number(r, header.get("min"), line, null);
                int max = number(r, header.get("max"), line, null);
                int minFlex = number(r, header.get("min_flex"), line, 0);
                int maxFlex = number(r, header.get("max_flex"), line, panelSize);
                targets.add(new Target(category, value, min, max, minFlex, maxFlex));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof Refused r) {
                throw r;
            }
            throw Refused.of("targets", "assemblies.error.targets.csv");
        }
        return targets;
    }

    public static String write(List<Target> targets) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.split(",")).get())) {
            for (Target t : targets) {
                csv.printRecord(t.category(), t.value(), t.min(), t.max(), t.minFlex(), t.maxFlex());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String cell(CSVRecord r, Integer column) {
        return column == null || column >= r.size() ? "" : r.get(column).strip();
    }

    /** A count in a cell; a blank cell is {@code blankMeans}, or a fault when that is null. */
    private static int number(CSVRecord r, Integer column, long line, Integer blankMeans) {
        String s = cell(r, column);
        if (s.isEmpty() && blankMeans != null) {
            return blankMeans;
        }
        try {
            int n = Integer.parseInt(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw Refused.of("targets", "assemblies.error.targets.number", line, s);
        }
    }
}
