package org.folkmoot.assemblies.internal.lottery;

/** A household the lottery drew: its address, the stratum it was drawn in and its key. */
public record DrawnHousehold(Address address, String stratum, String key) {
}
