package org.folkmoot.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reports on one module (by its id) or one platform part (such as {@code storage}).
 * Implementations must answer quickly and must not throw.
 */
@ConsumerType
public interface HealthIndicator {

    /** The module id this report is about, or a platform part's name. */
    String component();

    Health health();
}
