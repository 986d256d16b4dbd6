package org.folkmoot.assets.internal.report;

import java.time.LocalDate;

/**
 * The figures for a relevant authority's asset transfer annual report (CE(S)A 2015 s.95) for the
 * reporting year from 1 April to 31 March, to be published by 30 June after it ends.
 *
 * @param received       requests received in the year
 * @param agreed         requests agreed at first instance (decision notice dated in the year)
 * @param refused        requests refused at first instance
 * @param notDetermined  requests whose decision period ran out in the year without a decision
 * @param reviewsApplied applications for review made in the year
 * @param reviewsUpheld  reviews decided in the year that upheld the original decision
 * @param reviewsChanged reviews decided in the year that changed it
 * @param appealsMade    appeals to the Scottish Ministers made in the year (including where no contract was concluded)
 * @param appealsUpheld  appeals decided in the year upholding the original decision
 * @param appealsChanged appeals decided in the year changing it
 * @param transfersCompleted requests concluded by a transfer, lease or grant of rights in the year
 */
public record AnnualReport(LocalDate yearStart, LocalDate yearEnd, LocalDate publishBy,
                           int received, int agreed, int refused, int notDetermined,
                           int reviewsApplied, int reviewsUpheld, int reviewsChanged,
                           int appealsMade, int appealsUpheld, int appealsChanged,
                           int transfersCompleted) {
}
