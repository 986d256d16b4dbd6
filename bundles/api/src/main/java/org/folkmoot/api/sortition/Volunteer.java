package org.folkmoot.api.sortition;

import java.util.Map;

/**
 * One person in the pool: an id, their value in every target category, and a household key
 * (volunteers with the same non-null key share an address; at most one of them is selected).
 */
public record Volunteer(String id, Map<String, String> features, String household) {
    public Volunteer {
        features = Map.copyOf(features);
    }
}
