package org.folkmoot.assets.internal.cases;

/** Who has to act by a deadline. */
public enum Party {
    COUNCIL, COMMUNITY_BODY, OWNER, SCOTTISH_MINISTERS, TRIBUNAL, ANYONE
}
