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

    /** Upserts the assets in order, all or nothing where the store allows; returns how many were new. */
    default int upsertAll(List<Asset> assets) {
        int created = 0;
        for (Asset a : assets) {
            created += upsert(a) ? 1 : 0;
        }
        return created;
    }

    /** Every asset, ordered by UPRN then asset code. */
    List<Asset> all();

    int count();
}
