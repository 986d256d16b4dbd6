package org.folkmoot.assemblies.internal.lottery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many letters each stratum gets: the largest-remainder method, capped at what a stratum holds.
 * <ol>
 * <li>If the letters are at least the households of every stratum with a weight, each stratum gets all its households.</li>
 * <li>Otherwise, with R letters left and the open strata's weights adding up to W, a stratum's
 * quota is R × w / W. Every open stratum whose quota is at least its households is full: it gets
 * all its households, and is closed; repeat with the letters left among the strata still open,
 * until no quota reaches its stratum's households.</li>
 * <li>Each open stratum gets the whole part of its quota; the letters still over go one each to
 * the open strata with the largest fractional parts; equal fractional parts go first to the
 * stratum whose name comes first in code-point order (as a spreadsheet's exact sort would).</li>
 * </ol>
 * Arithmetic is exact (decimal weights, no floating point), so the spreadsheet and this agree.
 */
public final class LetterAllocation {
    private LetterAllocation() {
    }

    /**
     * @param letters letters to send
     * @param weights weight of each stratum; strata without one get no letters
     * @param households households in each stratum
     * @return letters per stratum, for every stratum of {@code households}, in name order
     */
    public static Map<String, Integer> allocate(int letters, Map<String, BigDecimal> weights, Map<String, Integer> households) {
        Map<String, Integer> result = new TreeMap<>();
        households.keySet().forEach(s -> result.put(s, 0));
        Map<String, BigDecimal> open = new TreeMap<>();
        weights.forEach((s, w) -> {
            if (w.signum() > 0 && households.getOrDefault(s, 0) > 0) {
                open.put(s, w);
            }
        });
        long remaining = letters;
        boolean closedOne = true;
        while (closedOne && !open.isEmpty()) {
            closedOne = false;
            BigDecimal total = open.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = BigDecimal.valueOf(remaining);
            List<String> full = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> s : open.entrySet()) {
                // quota >= households  <=>  R * w >= households * W
                BigDecimal holds = BigDecimal.valueOf(households.get(s.getKey()));
                if (left.multiply(s.getValue()).compareTo(holds.multiply(total)) >= 0) {
                    full.add(s.getKey());
                }
            }
            for (String s : full) {
                result.put(s, households.get(s));
                remaining -= households.get(s);
                open.remove(s);
                closedOne = true;
            }
        }
        if (open.isEmpty() || remaining <= 0) {
            return result;
        }
        BigDecimal total = open.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = BigDecimal.valueOf(remaining);
        Map<String, BigDecimal> fraction = new LinkedHashMap<>();
        long given = 0;
        for (Map.Entry<String, BigDecimal> s : open.entrySet()) {
            BigDecimal[] parts = left.multiply(s.getValue()).divideAndRemainder(total);
            int whole = parts[0].toBigIntegerExact().intValueExact();
            result.put(s.getKey(), whole);
            given += whole;
            fraction.put(s.getKey(), parts[1]); // the fractional part is remainder / W, W the same for all
        }
        List<String> byRemainder = new ArrayList<>(fraction.keySet());
        byRemainder.sort(Comparator.comparing((String s) -> fraction.get(s)).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < remaining - given; i++) {
            String s = byRemainder.get(i);
            result.put(s, result.get(s) + 1);
        }
        return result;
    }
}
