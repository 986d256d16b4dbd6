package org.folkmoot.assets.internal.report;

import java.time.LocalDate;

/**
 * The figures for a relevant authority's asset transfer report (CE(S)A 2015 s.95(2)) for the
 * reporting year from 1 April (s.95(4)), to be published no later than 30 June after it ends
 * (s.95(3)). The actions taken to promote and support requests (s.95(2)(f)) are the council's
 * own words, not counted here.
 *
 * @param received            requests received in the year (s.95(2)(a))
 * @param agreed              requests agreed to, first decisions dated in the year (s.95(2)(b)(i))
 * @param refused             requests refused, first decisions dated in the year (s.95(2)(b)(ii))
 * @param notDetermined       requests whose decision period ran out in the year without a decision (shown for
 *                            information: the Act treats them as open to review or appeal)
 * @param transfersOfOwnership requests concluded in the year by a transfer of ownership (s.95(2)(c)(i))
 * @param leases              ... by a lease (s.95(2)(c)(ii))
 * @param rightsConferred     ... by other rights conferred (s.95(2)(c)(iii))
 * @param appealsMade         appeals to the Scottish Ministers made in the year (s.85, and s.83(6) where no contract)
 * @param appealsAllowed      appeals decided in the year and allowed (s.95(2)(d)(i))
 * @param appealsDismissed    ... dismissed (s.95(2)(d)(ii))
 * @param appealsVaried       ... that varied or reversed part of the decision (s.95(2)(d)(iii))
 * @param reviewsApplied      applications for review made in the year (s.86)
 * @param reviewsConfirmed    reviews decided in the year that confirmed the decision (s.95(2)(e)(i))
 * @param reviewsModified     ... modified it (s.95(2)(e)(ii))
 * @param reviewsSubstituted  ... substituted a different decision (s.95(2)(e)(iii))
 */
public record AnnualReport(LocalDate yearStart, LocalDate yearEnd, LocalDate publishBy,
                           int received, int agreed, int refused, int notDetermined,
                           int transfersOfOwnership, int leases, int rightsConferred,
                           int appealsMade, int appealsAllowed, int appealsDismissed, int appealsVaried,
                           int reviewsApplied, int reviewsConfirmed, int reviewsModified, int reviewsSubstituted) {

    /** Requests that resulted in a transfer, a lease or rights in the year. */
    public int concluded() {
        return transfersOfOwnership + leases + rightsConferred;
    }
}
