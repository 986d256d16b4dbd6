/**
 * Health reporting. Any bundle may register {@link org.folkmoot.api.health.HealthIndicator}
 * services; {@code GET /health} combines them with the state of each module bundle.
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
