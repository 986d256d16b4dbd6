package org.folkmoot.assets.internal.register;

/**
 * An asset's identity in the register: its UPRN (a string: leading zeros matter) and the
 * council's asset code. One UPRN can carry several assets (a park, its bridge, its kiosk).
 */
public record AssetKey(String uprn, String assetCode) {
    public AssetKey {
        uprn = uprn == null ? "" : uprn.strip();
        assetCode = assetCode == null ? "" : assetCode.strip();
        if (uprn.isEmpty() && assetCode.isEmpty()) {
            throw new IllegalArgumentException("an asset needs a UPRN or an asset code");
        }
    }

    @Override
    public String toString() {
        return uprn + "/" + assetCode;
    }
}
