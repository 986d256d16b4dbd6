package org.folkmoot.api.sortition;

/**
 * How many panel members must have {@code value} in {@code category}: {@code min} to {@code max}.
 * {@code minFlex}/{@code maxFlex} bound a suggested relaxation when no panel meets the targets
 * (use 0 and {@link Integer#MAX_VALUE} when any relaxation is acceptable).
 */
public record Target(String category, String value, int min, int max, int minFlex, int maxFlex) {
}
