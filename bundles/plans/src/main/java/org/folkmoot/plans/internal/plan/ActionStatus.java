package org.folkmoot.plans.internal.plan;

/** Where an action stands, as a progress report says it. */
public enum ActionStatus {
    NOT_STARTED, ON_TRACK, DELAYED, COMPLETE, DROPPED
}
