package org.folkmoot.assets.internal.calendar;

/**
 * The bank-holiday regions of the UK that a working day depends on. Wales shares England's
 * bank holidays (Banking and Financial Dealings Act 1971, Schedule 1, para 1).
 */
public enum CalendarRegion {
    SCOTLAND("scotland"),
    ENGLAND_AND_WALES("england-and-wales");

    private final String resourceName;

    CalendarRegion(String resourceName) {
        this.resourceName = resourceName;
    }

    /** The bundled data file that holds this region's rules and dated entries. */
    public String resourceName() {
        return resourceName + ".holidays";
    }
}
