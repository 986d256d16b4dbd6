package org.folkmoot.assemblies.internal.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A round of a standing assembly after the first, public: its own assembly (with its own
 * question), the members carried over from the round before (pseudonyms), and once drawn, the
 * public seed, the members newly drawn and the smallest chance anyone in its pool had. When the
 * members carried over were chosen by lot, the lot's seed and the members who could have been chosen
 * ({@code eligible}), so anyone can recompute it; otherwise the officers ticked them.
 *
 * @param standingId the first round's assembly, which names the standing assembly
 * @param round      2, 3, ...
 */
public record Round(String standingId, int round, String assemblyId, List<String> carried, String seed, List<String> drawn,
        Double minProbability, Instant createdAt, Instant drawnAt, String carrySeed, List<String> eligible) {

    public Round {
        carried = List.copyOf(carried);
        drawn = drawn == null ? List.of() : List.copyOf(drawn);
        eligible = eligible == null ? List.of() : List.copyOf(eligible);
    }

    /** True when the members carried over were chosen by lot ({@link CarryOver}) with {@link #carrySeed()}. */
    public boolean carriedByLot() {
        return carrySeed != null;
    }

    /** True once its new members are drawn (not {@code isDrawn}: as a bean property it would hide the list {@code drawn} in the JSON). */
    public boolean wasDrawn() {
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
