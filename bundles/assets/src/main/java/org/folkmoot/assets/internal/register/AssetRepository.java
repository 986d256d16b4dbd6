package org.folkmoot.assets.internal.register;

import java.util.List;
import java.util.Optional;

/**
 * Where the register is kept. The in-memory implementation serves tests; the JDBC one (over the
 * platform's data source, table {@code assets_asset}) comes with the platform.
 */
public interface AssetRepository {

    Optional<Asset> find(AssetKey key);

    /** Inserts or replaces the asset with the same key; true when it was new. */
    boolean upsert(Asset asset);

    /** Every asset, ordered by UPRN then asset code. */
    List<Asset> all();

    int count();
}
