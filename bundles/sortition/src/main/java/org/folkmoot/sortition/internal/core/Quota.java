package org.folkmoot.sortition.internal.core;

/**
 * How many panel members must have one value (feature) of a category: between {@code min} and
 * {@code max}; {@code minFlex}/{@code maxFlex} bound how far a suggested relaxation may go.
 */
public record Quota(String category, String feature, int min, int max, int minFlex, int maxFlex) {
    public Quota {
        if (min < 0 || max < min) {
            throw new SortitionInputException("Target " + category + "/" + feature + ": min " + min
                    + " and max " + max + " must satisfy 0 <= min <= max");
        }
        if (minFlex > min || maxFlex < max || minFlex < 0) {
            throw new SortitionInputException("Target " + category + "/" + feature + ": min_flex " + minFlex
                    + " must be between 0 and min " + min + ", and max_flex " + maxFlex + " at least max " + max);
        }
    }

    public Quota(String category, String feature, int min, int max) {
        this(category, feature, min, max, 0, Integer.MAX_VALUE);
    }
}
