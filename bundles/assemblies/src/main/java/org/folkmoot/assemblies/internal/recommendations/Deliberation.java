package org.folkmoot.assemblies.internal.recommendations;

import java.time.Instant;
import java.util.Optional;

/**
 * How an assembly's recommendations are decided and followed up, set by its officer.
 *
 * @param rule              the vote's threshold rule
 * @param firstReportMonths months from the council's response to the first progress report (3 by default)
 * @param reportEveryMonths months between later reports (6 by default)
 * @param officer           the account told of overdue responses and of progress reports coming due
 * @param closedAt          when the council closed the assembly's record: no vote, response or action changes after it
 */
public record Deliberation(String assemblyId, ThresholdRule rule, int firstReportMonths, int reportEveryMonths, String officer,
        Optional<Instant> closedAt) {
    public static final int FIRST_REPORT_MONTHS = 3;
    public static final int REPORT_EVERY_MONTHS = 6;

    public static Deliberation defaults(String assemblyId, String officer) {
        return new Deliberation(assemblyId, ThresholdRule.DEFAULT, FIRST_REPORT_MONTHS, REPORT_EVERY_MONTHS, officer,
                Optional.empty());
    }

    public boolean closed() {
        return closedAt.isPresent();
    }
}
