package org.folkmoot.sortition.internal.core;

/** One panel of the published lottery: its members (person indices, ascending) and its probability. */
public record Panel(int[] members, double probability) {
}
