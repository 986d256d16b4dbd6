package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated selection problem in index form: features are numbered globally (all categories'
 * values, in target order), people by their position in the pool, households by first appearance.
 * Building one checks every rule the issue lists and fails with a message for the user.
 */
public final class Problem {
    final int panelSize;
    final List<Quota> quotas;
    final String[] categories;
    final int[] featureCategory;
    final int[] min;
    final int[] max;
    /** person x category -> global feature index */
    final int[][] personFeatures;
    /** person -> household index, or -1 when nobody else in the pool shares the address */
    final int[] household;
    final int households;
    final String[] ids;

    public Problem(List<Quota> quotas, List<Respondent> pool, int panelSize) {
        if (pool.isEmpty()) {
            throw new SortitionInputException("The pool of respondents is empty: there is nobody to select.");
        }
        if (quotas.isEmpty()) {
            throw new SortitionInputException("The targets are empty: give at least one category with its values.");
        }
        if (panelSize <= 0) {
            throw new SortitionInputException("The panel size must be a positive number, not " + panelSize + ".");
        }
        if (panelSize > pool.size()) {
            throw new SortitionInputException("The panel size " + panelSize + " is larger than the pool of "
                    + pool.size() + " respondents.");
        }
        this.panelSize = panelSize;
        this.quotas = List.copyOf(quotas);
        Map<String, Map<String, Integer>> index = new LinkedHashMap<>();
        featureCategory = new int[quotas.size()];
        min = new int[quotas.size()];
        max = new int[quotas.size()];
        List<String> cats = new ArrayList<>();
        for (int f = 0; f < quotas.size(); f++) {
            Quota q = quotas.get(f);
            Map<String, Integer> values = index.computeIfAbsent(q.category(), c -> {
                cats.add(c);
                return new LinkedHashMap<>();
            });
            if (values.put(q.feature(), f) != null) {
                throw new SortitionInputException("The targets list " + q.category() + "/" + q.feature() + " twice.");
            }
            featureCategory[f] = cats.indexOf(q.category());
            min[f] = q.min();
            max[f] = (int) Math.min(q.max(), panelSize);
        }
        categories = cats.toArray(String[]::new);
        checkCategorySums(index);

        int n = pool.size();
        personFeatures = new int[n][categories.length];
        ids = new String[n];
        household = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> addressCount = new HashMap<>();
        for (Respondent r : pool) {
            if (r.household() != null) {
                addressCount.merge(r.household(), 1, Integer::sum);
            }
        }
        Map<String, Integer> householdIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Respondent r = pool.get(i);
            Integer before = seen.put(r.id(), i);
            if (before != null) {
                throw new SortitionInputException("Duplicate respondent id '" + r.id() + "' (respondents "
                        + (before + 1) + " and " + (i + 1) + ").");
            }
            ids[i] = r.id();
            for (int c = 0; c < categories.length; c++) {
                String value = r.features().get(categories[c]);
                if (value == null) {
                    throw new SortitionInputException("Respondent " + r.id() + " has no value for category '"
                            + categories[c] + "'.");
                }
                Integer f = index.get(categories[c]).get(value);
                if (f == null) {
                    throw new SortitionInputException("Respondent " + r.id() + " has " + categories[c] + " '" + value
                            + "', which is not in the targets (known values: "
                            + String.join(", ", index.get(categories[c]).keySet()) + ").");
                }
                personFeatures[i][c] = f;
            }
            String h = r.household();
            household[i] = h != null && addressCount.get(h) > 1
                    ? householdIndex.computeIfAbsent(h, k -> householdIndex.size()) : -1;
        }
        households = householdIndex.size();
    }

    private void checkCategorySums(Map<String, Map<String, Integer>> index) {
        for (Map.Entry<String, Map<String, Integer>> e : index.entrySet()) {
            int sumMin = e.getValue().values().stream().mapToInt(f -> min[f]).sum();
            long sumMax = e.getValue().values().stream().mapToLong(f -> max[f]).sum();
            if (sumMin > panelSize) {
                throw new SortitionInputException("Category '" + e.getKey() + "': the minimums add up to " + sumMin
                        + ", more than the panel size " + panelSize + ".");
            }
            if (sumMax < panelSize) {
                throw new SortitionInputException("Category '" + e.getKey() + "': the maximums add up to " + sumMax
                        + ", less than the panel size " + panelSize + ".");
            }
        }
    }

    public int size() {
        return ids.length;
    }

    public int panelSize() {
        return panelSize;
    }

    public String id(int person) {
        return ids[person];
    }

    public List<String> ids() {
        return List.of(ids);
    }

    public List<Quota> quotas() {
        return quotas;
    }

    int features() {
        return min.length;
    }

    /** Whether the members (person indices) form a panel that meets every quota and the household rule. */
    public boolean isValidPanel(int[] members) {
        if (members.length != panelSize) {
            return false;
        }
        int[] count = new int[features()];
        java.util.Set<Integer> homes = new java.util.HashSet<>();
        java.util.Set<Integer> people = new java.util.HashSet<>();
        for (int p : members) {
            if (!people.add(p) || household[p] >= 0 && !homes.add(household[p])) {
                return false;
            }
            for (int f : personFeatures[p]) {
                count[f]++;
            }
        }
        for (int f = 0; f < count.length; f++) {
            if (count[f] < min[f] || count[f] > max[f]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Problem[" + ids.length + " respondents, panel " + panelSize + ", categories "
                + List.of(categories).stream().collect(Collectors.joining(",")) + "]";
    }
}
