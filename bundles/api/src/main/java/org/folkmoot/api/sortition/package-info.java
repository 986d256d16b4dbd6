/**
 * Fair selection of citizens' assembly members (sortition).
 *
 * <p>An assemblies module describes the targets (quotas per category value) and the pool of
 * volunteers in a {@link org.folkmoot.api.sortition.SelectionRequest} and asks the
 * {@link org.folkmoot.api.sortition.SortitionService} for a
 * {@link org.folkmoot.api.sortition.PanelLottery}: a published probability distribution over
 * valid panels, with every volunteer's chance of selection. The lottery is published before the
 * draw; {@link org.folkmoot.api.sortition.SortitionService#draw} then picks the panel from a public
 * seed, so anyone can repeat it; or the lottery is rounded to equally likely balls
 * ({@link org.folkmoot.api.sortition.SortitionService#transparent}) for a draw done in public.
 * Pools and demographics are personal data: never publish them.
 */
@Export
@Version("1.2.0")
package org.folkmoot.api.sortition;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
