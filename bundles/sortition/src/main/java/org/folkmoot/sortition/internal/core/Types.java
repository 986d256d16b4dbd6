package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Volunteers merged into types. Two people with the same value in every category who share
 * their address with nobody are interchangeable: any panel stays valid when one replaces the
 * other, so the leximin optimum (which is unique in its probabilities) gives them the same
 * probability. Such people form one type with a multiplicity; a person who shares an address
 * is a type of their own, so the household rule can still be stated person by person.
 */
final class Types {
    final int count;
    /** type -> person indices, in pool order */
    final int[][] members;
    /** type -> global feature indices, one per category */
    final int[][] features;
    /** type -> household index or -1 */
    final int[] household;
    /** person -> type */
    final int[] typeOf;

    Types(Problem problem, boolean merge) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int p = 0; p < problem.size(); p++) {
            String key = merge && problem.household[p] < 0
                    ? Arrays.toString(problem.personFeatures[p]) : "#" + p;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        count = groups.size();
        members = new int[count][];
        features = new int[count][];
        household = new int[count];
        typeOf = new int[problem.size()];
        int t = 0;
        for (List<Integer> g : groups.values()) {
            members[t] = g.stream().mapToInt(Integer::intValue).toArray();
            int first = members[t][0];
            features[t] = problem.personFeatures[first];
            household[t] = problem.household[first];
            for (int p : members[t]) {
                typeOf[p] = t;
            }
            t++;
        }
    }

    int size(int type) {
        return members[type].length;
    }
}
