package org.folkmoot.assets.internal.rules;

/** How a statutory period is measured. */
public enum PeriodUnit {
    DAYS, WEEKS, MONTHS, YEARS, WORKING_DAYS
}
