package org.folkmoot.assets.internal.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;

import org.folkmoot.assets.internal.cases.CaseEvent;
import org.folkmoot.assets.internal.cases.Deadline;
import org.folkmoot.assets.internal.cases.Party;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.Challenge;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.ChallengeKind;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.ChallengeOutcome;

/** Counts the annual report's figures from the cases' timelines. */
public final class AnnualReportCalculator {

    private AnnualReportCalculator() {
    }

    /** The first day (1 April) of the reporting year that contains {@code day}. */
    public static LocalDate yearStartContaining(LocalDate day) {
        LocalDate april = LocalDate.of(day.getYear(), Month.APRIL, 1);
        return day.isBefore(april) ? april.minusYears(1) : april;
    }

    /**
     * The council's duty to publish the report for the year beginning 1 April {@code startYear},
     * as a dashboard deadline (30 June after the year ends).
     */
    public static Deadline publicationDeadline(int startYear) {
        return new Deadline("annual-report-" + startYear + "-" + (startYear + 1) % 100, "annual-report",
                "Publish the asset transfer annual report for " + startYear + "-" + String.format("%02d", (startYear + 1) % 100),
                LocalDate.of(startYear + 1, Month.JUNE, 30), Party.COUNCIL, "CE(S)A 2015 s.95", true);
    }

    /** The report for the year beginning 1 April {@code startYear}. */
    public static AnnualReport forYearStarting(int startYear, Collection<ScottishAssetTransferRequest> requests) {
        LocalDate start = LocalDate.of(startYear, Month.APRIL, 1);
        LocalDate end = start.plusYears(1).minusDays(1);
        LocalDate publishBy = LocalDate.of(startYear + 1, Month.JUNE, 30);
        int received = 0, agreed = 0, refused = 0, notDetermined = 0, reviews = 0, reviewsUpheld = 0, reviewsChanged = 0;
        int appeals = 0, appealsUpheld = 0, appealsChanged = 0, completed = 0;
        for (ScottishAssetTransferRequest r : requests) {
            for (CaseEvent e : r.events()) {
                if (!in(e.effectiveDate(), start, end)) {
                    continue;
                }
                switch (e.type()) {
                    case "submitted" -> received++;
                    case "decision" -> {
                        if ("AGREED".equals(e.toState())) {
                            agreed++;
                        } else {
                            refused++;
                        }
                    }
                    case "not-determined" -> notDetermined++;
                    case "review-applied" -> reviews++;
                    case "appeal-made", "no-contract-appeal" -> appeals++;
                    case "concluded" -> completed++;
                    default -> { }
                }
            }
            Challenge c = r.challenge().orElse(null);
            if (c != null && c.outcome().isPresent() && in(c.outcomeDate().orElseThrow(), start, end)) {
                boolean upheld = c.outcome().get() == ChallengeOutcome.DECISION_UPHELD;
                if (c.kind() == ChallengeKind.REVIEW) {
                    reviewsUpheld += upheld ? 1 : 0;
                    reviewsChanged += upheld ? 0 : 1;
                } else {
                    appealsUpheld += upheld ? 1 : 0;
                    appealsChanged += upheld ? 0 : 1;
                }
            }
        }
        return new AnnualReport(start, end, publishBy, received, agreed, refused, notDetermined, reviews, reviewsUpheld,
                reviewsChanged, appeals, appealsUpheld, appealsChanged, completed);
    }

    private static boolean in(LocalDate d, LocalDate start, LocalDate end) {
        return !d.isBefore(start) && !d.isAfter(end);
    }
}
