package org.folkmoot.assemblies.internal.implementation;

/** Where an action stands. */
public enum ActionStatus { PLANNED, IN_PROGRESS, DONE, STOPPED }
