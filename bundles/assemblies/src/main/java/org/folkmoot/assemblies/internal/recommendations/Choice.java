package org.folkmoot.assemblies.internal.recommendations;

/** A member's choice on a recommendation. */
public enum Choice { FOR, AGAINST, ABSTAIN }
