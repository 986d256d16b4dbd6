package org.folkmoot.plans.internal.rules;

import java.time.LocalDate;

/**
 * A consultation stage's minimum window: the last day for comments must be at least
 * {@code minimumDays} after the day the window opens ("not less than 6 weeks from the date on
 * which the draft proposal is first publicised"; "must not end until at least 12 weeks have passed
 * since the day on which it began"). Zero days: no minimum.
 */
public record Window(String stage, int minimumDays, String citation, String note) {

    /** The earliest lawful closing day for a window opening on {@code opens}. */
    public LocalDate earliestClose(LocalDate opens) {
        return opens.plusDays(minimumDays);
    }

    public boolean allows(LocalDate opens, LocalDate closes) {
        return !closes.isBefore(earliestClose(opens));
    }

    /** "6 weeks" / "12 weeks" / "8 weeks" for a whole number of weeks, else days. */
    public String inWords() {
        return minimumDays % 7 == 0 ? minimumDays / 7 + " weeks" : minimumDays + " days";
    }
}
