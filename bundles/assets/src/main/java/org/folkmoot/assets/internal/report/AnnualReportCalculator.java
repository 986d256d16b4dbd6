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
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest.TransferType;

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
        int received = 0, agreed = 0, refused = 0, notDetermined = 0, reviews = 0, appeals = 0;
        int[] byType = new int[TransferType.values().length];
        int[] reviewOutcomes = new int[ChallengeOutcome.values().length];
        int[] appealOutcomes = new int[ChallengeOutcome.values().length];
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
                    case "concluded" -> byType[r.transferType().ordinal()]++;
                    default -> { }
                }
            }
            Challenge c = r.challenge().orElse(null);
            if (c != null && c.outcome().isPresent() && in(c.outcomeDate().orElseThrow(), start, end)) {
                int[] counts = c.kind() == ChallengeKind.REVIEW ? reviewOutcomes : appealOutcomes;
                counts[c.outcome().get().ordinal()]++;
            }
        }
        int confirmed = ChallengeOutcome.DECISION_CONFIRMED.ordinal();
        int modified = ChallengeOutcome.DECISION_MODIFIED.ordinal();
        int substituted = ChallengeOutcome.DECISION_SUBSTITUTED.ordinal();
        return new AnnualReport(start, end, publishBy, received, agreed, refused, notDetermined,
                byType[TransferType.OWNERSHIP.ordinal()], byType[TransferType.LEASE.ordinal()],
                byType[TransferType.OTHER_RIGHTS.ordinal()],
                appeals, appealOutcomes[substituted], appealOutcomes[confirmed], appealOutcomes[modified],
                reviews, reviewOutcomes[confirmed], reviewOutcomes[modified], reviewOutcomes[substituted]);
    }

    private static boolean in(LocalDate d, LocalDate start, LocalDate end) {
        return !d.isBefore(start) && !d.isAfter(end);
    }
}
