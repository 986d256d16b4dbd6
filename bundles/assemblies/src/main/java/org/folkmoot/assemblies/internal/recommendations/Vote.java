package org.folkmoot.assemblies.internal.recommendations;

import java.time.LocalDate;

/**
 * The vote on a recommendation, as published: the counts, the rule it was judged by (copied at the
 * vote, so a later change of rule never changes a result), and what it decided.
 *
 * @param version    the wording voted on
 * @param open       true while members are still voting on their devices (no result yet)
 * @param membership the assembly's members at the vote: no count may exceed it
 */
public record Vote(int version, VoteMethod method, boolean open, Tally tally, int membership, ThresholdRule rule,
        LocalDate heldOn) {

    public VoteResult result() {
        return rule.decide(tally);
    }

    /** Members who did not vote (absent, or not yet voted on a device). */
    public int notVoted() {
        return membership - tally.total();
    }
}
