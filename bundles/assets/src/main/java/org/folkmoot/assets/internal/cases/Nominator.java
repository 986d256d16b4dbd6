package org.folkmoot.assets.internal.cases;

/**
 * Who nominates land for listing as an asset of community value (Localism Act 2011 s.89; SI
 * 2012/2421 regs 4 and 5).
 *
 * @param members          individual members, for an unincorporated body (at least 21 needed)
 * @param localConnection  whether the body's activities are wholly or partly concerned with the
 *                         authority's area or a neighbouring one (reg 4); a parish council has it by being one
 */
public record Nominator(String name, Kind kind, int members, boolean localConnection) {

    public enum Kind {
        PARISH_COUNCIL, NEIGHBOURHOOD_FORUM, UNINCORPORATED_BODY, CHARITY,
        COMPANY_LIMITED_BY_GUARANTEE, COMMUNITY_BENEFIT_SOCIETY, COMMUNITY_INTEREST_COMPANY
    }

    /** SI 2012/2421 reg 5(1)(c): an unincorporated body needs at least 21 individual members. */
    public static final int MIN_UNINCORPORATED_MEMBERS = 21;

    public Nominator {
        if (name == null || name.isBlank()) {
            throw CaseException.refused(CaseException.Kind.INVALID, "nominator", "assets.refusal.nominator");
        }
        name = name.strip();
        if (kind == null) {
            throw CaseException.refused(CaseException.Kind.INVALID, "nominatorKind", "assets.refusal.nominatorKind");
        }
        if (kind == Kind.UNINCORPORATED_BODY && members < MIN_UNINCORPORATED_MEMBERS) {
            throw CaseException.refused(CaseException.Kind.INVALID, "members", "assets.refusal.members", MIN_UNINCORPORATED_MEMBERS,
                    members);
        }
        if (kind != Kind.PARISH_COUNCIL && !localConnection) {
            throw CaseException.refused(CaseException.Kind.INVALID, "localConnection", "assets.refusal.localConnection");
        }
    }
}
