package org.folkmoot.assets.internal.register;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The register held in memory (tests, demo). */
public final class InMemoryAssetRepository implements AssetRepository {
    private final ConcurrentHashMap<AssetKey, Asset> assets = new ConcurrentHashMap<>();

    @Override
    public Optional<Asset> find(AssetKey key) {
        return Optional.ofNullable(assets.get(key));
    }

    @Override
    public boolean upsert(Asset asset) {
        return assets.put(asset.key(), asset) == null;
    }

    @Override
    public List<Asset> all() {
        return assets.values().stream()
                .sorted(Comparator.comparing(Asset::uprn).thenComparing(Asset::assetCode))
                .toList();
    }

    @Override
    public int count() {
        return assets.size();
    }
}
