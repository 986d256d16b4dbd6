package org.folkmoot.assemblies.internal.recommendations;

/** How a vote was taken. */
public enum VoteMethod {
    /** A facilitator entered the counts from paper ballots or a show of hands. */
    COUNT,
    /** Members cast their votes on their own devices with one-time codes. */
    DEVICES
}
