package org.folkmoot.assets.internal.containers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.NonStatutoryTransfer;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.register.Asset;
import org.folkmoot.assets.internal.register.AssetKey;
import org.folkmoot.assets.internal.rest.AssetStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What residents' representations are written to in this module: a case (an asset transfer request,
 * a nomination as an asset of community value, a non-statutory transfer), whose parent is the asset
 * in the register when the land is registered; and the asset itself. Registered once the module's
 * tables exist (through {@link AssetStore}).
 */
@Component(service = {ContainerProvider.class, AssetContainers.class})
public class AssetContainers implements ContainerProvider {

    /** A case: what representations are made on. The type contributions have carried since 1.0. */
    public static final String CASE = "asset-transfer";
    /** An asset in the register: the parent of the cases about it. */
    public static final String ASSET = "asset";
    /** Not {@code /assets}: the web bundle serves its static files there. */
    static final String PAGES = "/asset-transfers";

    private static final List<ContainerType> TYPES = List.of(
            new ContainerType(CASE, new LocalisedText("Asset transfer case", "Achos trosglwyddo ased")),
            new ContainerType(ASSET, new LocalisedText("Asset", "Ased")));

    private final AssetStore store;

    @Activate
    public AssetContainers(@Reference AssetStore store) {
        this.store = store;
    }

    @Override
    public String module() {
        return "assets";
    }

    @Override
    public List<ContainerType> types() {
        return TYPES;
    }

    @Override
    public Optional<ContainerDetails> describe(String type, String id) {
        if (CASE.equals(type)) {
            return store.cases().load(id).map(this::details);
        }
        if (ASSET.equals(type)) {
            return assetKey(id).flatMap(store.register()::find).map(AssetContainers::details);
        }
        return Optional.empty();
    }

    /** The case page: where representations are read and made. */
    public static String page(CaseFile<?> c) {
        return PAGES + "/cases/" + URLEncoder.encode(c.id(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** How a case is filed in the archive: its type, id and English title. */
    public static Container container(CaseFile<?> c) {
        return new Container(CASE, c.id(), title(c).en());
    }

    static LocalisedText title(CaseFile<?> c) {
        if (c instanceof ScottishAssetTransferRequest r) {
            return text("Asset transfer request: ", "Cais i drosglwyddo ased: ", r.land().description());
        }
        if (c instanceof AssetOfCommunityValue a) {
            return text("Asset of community value: ", "Ased o werth cymunedol: ", a.name());
        }
        return text("Community asset transfer: ", "Trosglwyddo ased cymunedol: ", ((NonStatutoryTransfer) c).land().description());
    }

    private static LocalisedText text(String en, String cy, String name) {
        return new LocalisedText(en + name, cy + name);
    }

    private ContainerDetails details(CaseFile<?> c) {
        return new ContainerDetails(new ContainerRef(CASE, c.id()), title(c), parent(land(c)).orElse(null), page(c));
    }

    /** The asset a case is about, when its land is in the register. */
    private Optional<ContainerRef> parent(LandReference land) {
        if (land.uprn().isEmpty() && land.assetCode().isEmpty()) {
            return Optional.empty();
        }
        AssetKey key = new AssetKey(land.uprn(), land.assetCode());
        return store.register().find(key).map(a -> new ContainerRef(ASSET, key.toString()));
    }

    private static LandReference land(CaseFile<?> c) {
        if (c instanceof ScottishAssetTransferRequest r) {
            return r.land();
        }
        if (c instanceof AssetOfCommunityValue a) {
            return a.land();
        }
        return ((NonStatutoryTransfer) c).land();
    }

    private static ContainerDetails details(Asset a) {
        // The register page, narrowed to this asset: assets have no page of their own.
        String needle = a.assetCode().isEmpty() ? a.uprn() : a.assetCode();
        return new ContainerDetails(new ContainerRef(ASSET, a.key().toString()), LocalisedText.of(a.displayName()), null,
                PAGES + "?q=" + URLEncoder.encode(needle, StandardCharsets.UTF_8));
    }

    /** {@code uprn/assetCode}, as {@link AssetKey#toString()} writes it; a UPRN has no slash. */
    static Optional<AssetKey> assetKey(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AssetKey(id.substring(0, slash), id.substring(slash + 1)));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }
}
