package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a lottery over type-level panels into one over named people, exactly and with few panels.
 *
 * <p>A type-level panel takes {@code c} of a type's {@code m} members. Picture one number
 * {@code U} uniform in [0,1), shared by all types: the type takes its members
 * {@code s, s+1, ..., s+c-1} (counting round, in pool order) where {@code s = floor(U * m)}.
 * Each member is in exactly {@code c} of the {@code m} windows, so their probability is {@code c/m}
 * as required. {@code U}'s range splits at the fractions {@code j/m} into intervals on which
 * every type's window is constant; each interval is one person-level panel carrying the type
 * panel's weight times the interval's length. Equal panels from different type panels are merged.
 */
final class Expansion {
    private Expansion() {
    }

    static List<Panel> expand(Types types, TypeDistribution distribution) {
        Map<String, double[]> merged = new LinkedHashMap<>();
        Map<String, int[]> members = new LinkedHashMap<>();
        for (int i = 0; i < distribution.panels().size(); i++) {
            int[] counts = distribution.panels().get(i);
            double weight = distribution.weights()[i];
            TreeSet<Fraction> cuts = new TreeSet<>();
            cuts.add(new Fraction(0, 1));
            cuts.add(new Fraction(1, 1));
            for (int t = 0; t < counts.length; t++) {
                int m = types.size(t);
                if (counts[t] > 0 && counts[t] < m) {
                    for (int j = 1; j < m; j++) {
                        cuts.add(new Fraction(j, m));
                    }
                }
            }
            Fraction previous = null;
            for (Fraction cut : cuts) {
                if (previous != null) {
                    double length = cut.value() - previous.value();
                    double mid = (cut.value() + previous.value()) / 2;
                    int[] panel = persons(types, counts, mid);
                    String key = Arrays.toString(panel);
                    merged.computeIfAbsent(key, k -> new double[1])[0] += weight * length;
                    members.putIfAbsent(key, panel);
                }
                previous = cut;
            }
        }
        List<Panel> result = new ArrayList<>();
        for (Map.Entry<String, double[]> e : merged.entrySet()) {
            result.add(new Panel(members.get(e.getKey()), e.getValue()[0]));
        }
        return result;
    }

    private static int[] persons(Types types, int[] counts, double u) {
        List<Integer> chosen = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            int m = types.size(t);
            int start = (int) Math.floor(u * m);
            for (int k = 0; k < counts[t]; k++) {
                chosen.add(types.members[t][(start + k) % m]);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private record Fraction(int num, int den) implements Comparable<Fraction> {
        double value() {
            return (double) num / den;
        }

        @Override
        public int compareTo(Fraction o) {
            return Long.compare((long) num * o.den, (long) o.num * den);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fraction f && compareTo(f) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value());
        }
    }
}
