package org.folkmoot.assemblies.internal.lottery;

import java.math.BigDecimal;

/**
 * One stratum of a draw: its name, its weight as given (or its household count when letters go in
 * proportion to households), how many households it holds and how many letters it got.
 */
public record StratumCount(String stratum, BigDecimal weight, int households, int letters) {
}
