package org.folkmoot.sortition.internal.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.folkmoot.sortition.internal.core.Quota;
import org.folkmoot.sortition.internal.core.SortitionInputException;

/**
 * Reads a targets file in either format, told apart by the header: the Sortition Foundation's
 * {@code category,name,min,max[,min_flex,max_flex]} or Panelot's {@code category,feature,min,max}.
 */
public final class Targets {
    /** Which format a targets file was in. */
    public enum Format { SORTITION_FOUNDATION, PANELOT }

    private final Format format;
    private final List<Quota> quotas;

    private Targets(Format format, List<Quota> quotas) {
        this.format = format;
        this.quotas = quotas;
    }

    public Format format() {
        return format;
    }

    public List<Quota> quotas() {
        return quotas;
    }

    public static Targets read(Reader in, String fileName) throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            throw new SortitionInputException("The targets file " + fileName + " is empty.");
        }
        List<String> header = rows.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        int category = header.indexOf("category");
        int name = header.indexOf("name");
        int feature = header.indexOf("feature");
        Format format;
        int value;
        if (category >= 0 && name >= 0) {
            format = Format.SORTITION_FOUNDATION;
            value = name;
        } else if (category >= 0 && feature >= 0) {
            format = Format.PANELOT;
            value = feature;
        } else {
            throw new SortitionInputException("The targets file " + fileName + " has the header " + rows.get(0)
                    + "; expected category,name,min,max[,min_flex,max_flex] (Sortition Foundation)"
                    + " or category,feature,min,max (Panelot).");
        }
        int min = column(header, "min", fileName);
        int max = column(header, "max", fileName);
        int minFlex = header.indexOf("min_flex");
        int maxFlex = header.indexOf("max_flex");
        List<Quota> quotas = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = fileName + " line " + (r + 1);
            String cat = cell(row, category, where, "category");
            String val = cell(row, value, where, header.get(value));
            int lo = number(row, min, where, "min");
            int hi = number(row, max, where, "max");
            int loFlex = minFlex >= 0 && minFlex < row.size() && !row.get(minFlex).isEmpty()
                    ? number(row, minFlex, where, "min_flex") : 0;
            int hiFlex = maxFlex >= 0 && maxFlex < row.size() && !row.get(maxFlex).isEmpty()
                    ? number(row, maxFlex, where, "max_flex") : Integer.MAX_VALUE;
            try {
                quotas.add(new Quota(cat, val, lo, hi, loFlex, hiFlex));
            } catch (SortitionInputException e) {
                throw new SortitionInputException(where + ": " + e.getMessage());
            }
        }
        if (quotas.isEmpty()) {
            throw new SortitionInputException("The targets file " + fileName + " has a header but no targets.");
        }
        return new Targets(format, List.copyOf(quotas));
    }

    private static int column(List<String> header, String name, String fileName) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new SortitionInputException("The targets file " + fileName + " has no '" + name + "' column.");
        }
        return i;
    }

    private static String cell(List<String> row, int i, String where, String what) {
        if (i >= row.size() || row.get(i).isEmpty()) {
            throw new SortitionInputException(where + ": the " + what + " is missing.");
        }
        return row.get(i);
    }

    private static int number(List<String> row, int i, String where, String what) {
        String s = cell(row, i, where, what);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new SortitionInputException(where + ": " + what + " '" + s + "' is not a whole number.");
        }
    }
}
