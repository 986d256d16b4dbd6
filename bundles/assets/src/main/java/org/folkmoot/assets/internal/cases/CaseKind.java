package org.folkmoot.assets.internal.cases;

/** The kinds of case, as stored. */
public enum CaseKind {
    ASSET_TRANSFER_REQUEST, ASSET_OF_COMMUNITY_VALUE, NON_STATUTORY;

    public static CaseKind of(CaseFile<?> c) {
        if (c instanceof ScottishAssetTransferRequest) {
            return ASSET_TRANSFER_REQUEST;
        }
        if (c instanceof AssetOfCommunityValue) {
            return ASSET_OF_COMMUNITY_VALUE;
        }
        if (c instanceof NonStatutoryTransfer) {
            return NON_STATUTORY;
        }
        throw new IllegalArgumentException("unknown case type " + c.getClass().getName());
    }
}
