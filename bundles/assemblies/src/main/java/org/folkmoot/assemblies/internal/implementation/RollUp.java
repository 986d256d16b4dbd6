package org.folkmoot.assemblies.internal.implementation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.response.CouncilResponse;

/**
 * An assembly's recommendations in a line, as the tracker shows it: "12 of 17 recommendations
 * accepted; 5 in progress, 3 done". The 17 are the recommendations the assembly passed; accepted
 * counts accepted in full or in part; in progress and done count accepted recommendations by
 * their actions.
 *
 * @param drafted  every recommendation drafted, passed or not
 * @param passed   passed by the assembly's vote
 * @param answered with the council's response
 * @param overdue  passed, unanswered, after the committed date
 */
public record RollUp(int drafted, int passed, int answered, int accepted, int inProgress, int done, int overdue) {

    public static RollUp of(List<Recommendation> recommendations, List<CouncilResponse> responses,
            List<ImplementationAction> actions, int overdue) {
        Map<Integer, List<ImplementationAction>> byNumber = actions.stream()
                .collect(Collectors.groupingBy(ImplementationAction::number));
        List<CouncilResponse> accepted = responses.stream().filter(r -> r.decision().accepted()).toList();
        int inProgress = 0;
        int done = 0;
        for (CouncilResponse r : accepted) {
            Progress p = Progress.of(byNumber.getOrDefault(r.number(), List.of()));
            inProgress += p == Progress.IN_PROGRESS ? 1 : 0;
            done += p == Progress.DONE ? 1 : 0;
        }
        return new RollUp(recommendations.size(), (int) recommendations.stream().filter(Recommendation::passed).count(),
                responses.size(), accepted.size(), inProgress, done, overdue);
    }

    /** The line in English or Welsh. */
    public String describe(String language) {
        return Wording.of("assemblies.tracker.rollUp", accepted, passed, inProgress, done).in(language);
    }
}
