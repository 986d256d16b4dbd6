package org.folkmoot.assemblies.internal.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.response.CouncilResponse;
import org.folkmoot.assemblies.internal.response.ResponseDeadline;

/**
 * When progress reports are due: the first {@code firstReportMonths} after the council's response
 * (the day its last response to a passed recommendation was given), then every {@code
 * reportEveryMonths}. Month arithmetic is {@link LocalDate#plusMonths}: 30 November plus three
 * months is 28 (or 29) February.
 */
public final class ReportSchedule {
    private ReportSchedule() {
    }

    /** The day of the council's response: the latest response, once every passed recommendation has one. */
    public static Optional<LocalDate> responseDate(List<Recommendation> recommendations, List<CouncilResponse> responses) {
        if (responses.isEmpty() || !ResponseDeadline.unanswered(recommendations, responses).isEmpty()) {
            return Optional.empty();
        }
        return responses.stream().map(CouncilResponse::respondedOn).max(Comparator.naturalOrder());
    }

    /** The first {@code count} due dates. */
    public static List<LocalDate> due(LocalDate responseDate, Deliberation d, int count) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(responseDate.plusMonths(d.firstReportMonths() + (long) i * d.reportEveryMonths()));
        }
        return out;
    }

    /** The due date after {@code day} (the first one when {@code day} is before it). */
    public static LocalDate after(LocalDate responseDate, Deliberation d, LocalDate day) {
        for (int i = 0; ; i++) {
            LocalDate due = responseDate.plusMonths(d.firstReportMonths() + (long) i * d.reportEveryMonths());
            if (due.isAfter(day)) {
                return due;
            }
        }
    }

    /** Whether a day is one of the schedule's due dates. */
    public static boolean isDue(LocalDate responseDate, Deliberation d, LocalDate day) {
        return !day.isBefore(responseDate) && after(responseDate, d, day.minusDays(1)).equals(day);
    }
}
