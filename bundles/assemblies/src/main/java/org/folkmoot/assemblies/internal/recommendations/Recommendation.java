package org.folkmoot.assemblies.internal.recommendations;

import java.util.List;
import java.util.Optional;

/**
 * A recommendation of an assembly: its versions, oldest first, and its vote once taken.
 *
 * @param number its number in the assembly's report, from 1
 */
public record Recommendation(String assemblyId, int number, List<RecommendationVersion> versions, Optional<Vote> vote) {

    public Recommendation {
        versions = List.copyOf(versions);
    }

    /** The wording now: the latest version (the one voted on, once there is a vote). */
    public RecommendationVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<RecommendationVersion> version(int n) {
        return versions.stream().filter(v -> v.version() == n).findFirst();
    }

    /** Passed by the assembly: a closed vote that reached the threshold. */
    public boolean passed() {
        return vote.filter(v -> !v.open()).map(v -> v.result().passed()).orElse(false);
    }
}
