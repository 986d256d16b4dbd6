package org.folkmoot.assemblies.internal.recommendations;

/** The counts of a vote: members in favour, against and abstaining. Nothing else of a vote is published. */
public record Tally(int inFavour, int against, int abstain) {

    public Tally {
        if (inFavour < 0 || against < 0 || abstain < 0) {
            throw new IllegalArgumentException("a count is never below 0");
        }
    }

    /** Everyone who voted, abstentions included. */
    public int total() {
        return inFavour + against + abstain;
    }
}
