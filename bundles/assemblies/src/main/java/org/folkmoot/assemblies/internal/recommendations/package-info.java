/**
 * Recommendations of a citizens' assembly and the members' votes on them.
 *
 * <p>A recommendation is drafted during deliberation: each change is a new {@link
 * org.folkmoot.assemblies.internal.recommendations.RecommendationVersion} (who wrote it, why), and any
 * two versions can be compared ({@link org.folkmoot.assemblies.internal.recommendations.WordingComparison},
 * a word diff by java-diff-utils). Once put to the vote, the wording voted on is fixed.
 *
 * <p>Each recommendation has one vote, judged by the assembly's {@link
 * org.folkmoot.assemblies.internal.recommendations.ThresholdRule} (for example at least 75% of votes
 * cast in support, abstentions counted among the votes cast or not). A vote is entered by a
 * facilitator from a count (paper ballots or a show of hands), or cast by members on their own
 * devices with one-time codes ({@link org.folkmoot.assemblies.internal.recommendations.VoteCodes}).
 * Only the counts are published: a ballot cast on a device is stored with no link to the member or
 * to the code, and the code table records only that a member's code was used.
 */
package org.folkmoot.assemblies.internal.recommendations;
