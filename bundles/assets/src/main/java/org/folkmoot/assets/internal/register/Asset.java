package org.folkmoot.assets.internal.register;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry in the council's land and assets register.
 *
 * @param organisation      the council's name, as published
 * @param organisationLabel its code (e.g. the ONS/GSS or old ONS code "23UB")
 * @param name              property name (or the site address when the register has no name)
 * @param address           street address, lines joined with ", "
 * @param postTown          post town, may be empty
 * @param postcode          postcode, may be empty
 * @param location          National Grid or WGS84 position, if known
 * @param tenureType        e.g. Freehold, Leasehold
 * @param tenureDetail      e.g. Occupied by local authority, Leasehold, Licence, Vacant
 * @param holdingType       e.g. Land, Land and Building, Parks, Gardens and open space
 * @param currentUse        free text, may be empty
 * @param condition         free text, may be empty
 */
public record Asset(AssetKey key, String organisation, String organisationLabel, String name, String address,
                    String postTown, String postcode, Optional<Location> location, String tenureType,
                    String tenureDetail, String holdingType, String currentUse, String condition) {
    public Asset {
        Objects.requireNonNull(key, "key");
        organisation = clean(organisation);
        organisationLabel = clean(organisationLabel);
        name = clean(name);
        address = clean(address);
        postTown = clean(postTown);
        postcode = clean(postcode);
        location = location == null ? Optional.empty() : location;
        tenureType = clean(tenureType);
        tenureDetail = clean(tenureDetail);
        holdingType = clean(holdingType);
        currentUse = clean(currentUse);
        condition = clean(condition);
    }

    public String uprn() {
        return key.uprn();
    }

    public String assetCode() {
        return key.assetCode();
    }

    /** The name to show: the property name, else the address. */
    public String displayName() {
        return name.isEmpty() ? address : name;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').strip();
    }
}
