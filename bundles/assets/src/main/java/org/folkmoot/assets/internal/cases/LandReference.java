package org.folkmoot.assets.internal.cases;

import java.util.Objects;

/**
 * The land a case is about: the register's key (UPRN and asset code, either may be empty for land
 * not yet in the register) and a description in words.
 */
public record LandReference(String uprn, String assetCode, String description) {
    public LandReference {
        uprn = uprn == null ? "" : uprn.strip();
        assetCode = assetCode == null ? "" : assetCode.strip();
        description = Objects.requireNonNullElse(description, "").strip();
        if (uprn.isEmpty() && assetCode.isEmpty() && description.isEmpty()) {
            throw CaseException.refused(CaseException.Kind.INVALID, "uprn", "assets.refusal.land");
        }
    }

    /** Same land for the repeat-request rule: same UPRN and asset code, or same description if unregistered. */
    public boolean sameLand(LandReference other) {
        if (!uprn.isEmpty() || !assetCode.isEmpty()) {
            return uprn.equals(other.uprn) && assetCode.equals(other.assetCode);
        }
        return description.equalsIgnoreCase(other.description);
    }
}
