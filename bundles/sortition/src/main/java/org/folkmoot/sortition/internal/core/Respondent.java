package org.folkmoot.sortition.internal.core;

import java.util.Map;

/**
 * One volunteer in the pool: an id, a value for every category, and a household key (people
 * with the same non-null key live at the same address; at most one of them may be selected).
 */
public record Respondent(String id, Map<String, String> features, String household) {
    public Respondent {
        features = Map.copyOf(features);
    }
}
