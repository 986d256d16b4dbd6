package org.folkmoot.assets.internal.rules;

/** The statutory schemes whose rules are kept as data. */
public enum Scheme {
    /** Scotland: asset transfer requests, Community Empowerment (Scotland) Act 2015 Part 5. */
    ASSET_TRANSFER_REQUEST,
    /** England: assets of community value and the right to bid, Localism Act 2011 Part 5 Chapter 3. */
    COMMUNITY_RIGHT_TO_BID,
    /** England: the Community Right to Buy expected to replace the right to bid. */
    COMMUNITY_RIGHT_TO_BUY
}
