package org.folkmoot.assets.internal.cases;

import java.time.LocalDate;

/**
 * The council may not dispose of the land to anyone else while an asset transfer request is
 * live (shown on the asset in the register).
 */
public record DisposalLock(LandReference land, String caseId, LocalDate since, String reason) {
}
