package org.folkmoot.assemblies.internal.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A round of a standing assembly after the first, public: its own assembly (with its own
 * question), the members carried over from the round before (pseudonyms), and once drawn, the
 * public seed, the members newly drawn and the smallest chance anyone in its pool had.
 *
 * @param standingId the first round's assembly, which names the standing assembly
 * @param round      2, 3, ...
 */
public record Round(String standingId, int round, String assemblyId, List<String> carried, String seed, List<String> drawn,
        Double minProbability, Instant createdAt, Instant drawnAt) {

    public Round {
        carried = List.copyOf(carried);
        drawn = drawn == null ? List.of() : List.copyOf(drawn);
    }

    public boolean isDrawn() {
        return seed != null;
    }

    public Optional<Instant> drawnAtIfAny() {
        return Optional.ofNullable(drawnAt);
    }

    /** Everyone on this round's panel: carried over, then newly drawn. */
    public List<String> members() {
        return java.util.stream.Stream.concat(carried.stream(), drawn.stream()).toList();
    }
}
