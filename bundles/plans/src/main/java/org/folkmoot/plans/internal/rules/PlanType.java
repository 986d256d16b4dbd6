package org.folkmoot.plans.internal.rules;

/** The kinds of plan the module knows, each with its nation's rules (or none). */
public enum PlanType {
    LOIP("Local outcomes improvement plan", "Cynllun gwella canlyniadau lleol", "Scotland"),
    LOCALITY_PLAN("Locality plan", "Cynllun ardal", "Scotland"),
    NEIGHBOURHOOD_PLAN("Neighbourhood plan", "Cynllun cymdogaeth", "England"),
    WELL_BEING_PLAN("Local well-being plan", "Cynllun llesiant lleol", "Wales"),
    PLACE_PLAN("Place Plan", "Cynllun Creu Lleoedd", "Wales"),
    COMMUNITY_ACTION_PLAN("Community action plan", "Cynllun gweithredu cymunedol", "");

    private final String en;
    private final String cy;
    private final String nation;

    PlanType(String en, String cy, String nation) {
        this.en = en;
        this.cy = cy;
        this.nation = nation;
    }

    public String label(String language) {
        return "cy".equals(language) ? cy : en;
    }

    public String nation() {
        return nation;
    }

    /** The API's spelling: {@code neighbourhood-plan}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<PlanType> fromSlug(String s) {
        for (PlanType t : values()) {
            if (t.slug().equals(s) || t.name().equals(s)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
