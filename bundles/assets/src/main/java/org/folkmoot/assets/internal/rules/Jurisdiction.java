package org.folkmoot.assets.internal.rules;

import org.folkmoot.assets.internal.calendar.CalendarRegion;

/** The legal systems whose community-asset law differs. Wales has no statutory transfer right. */
public enum Jurisdiction {
    SCOTLAND(CalendarRegion.SCOTLAND),
    ENGLAND(CalendarRegion.ENGLAND_AND_WALES),
    WALES(CalendarRegion.ENGLAND_AND_WALES);

    private final CalendarRegion calendarRegion;

    Jurisdiction(CalendarRegion calendarRegion) {
        this.calendarRegion = calendarRegion;
    }

    public CalendarRegion calendarRegion() {
        return calendarRegion;
    }
}
