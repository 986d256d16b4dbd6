package org.folkmoot.assets.internal.register;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where an asset is: British National Grid easting/northing (metres, OSGB36), as the Transparency
 * Code's GeoX/GeoY, or WGS84 latitude/longitude. Values are kept exactly as given.
 */
public record Location(Crs crs, BigDecimal x, BigDecimal y) {

    public enum Crs {
        /** x = easting, y = northing, metres (EPSG:27700). */
        BRITISH_NATIONAL_GRID,
        /** x = longitude, y = latitude, degrees (EPSG:4326). */
        WGS84
    }

    public Location {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (crs == Crs.BRITISH_NATIONAL_GRID) {
            check(x, 0, 700_000, "easting");
            check(y, 0, 1_300_000, "northing");
        } else {
            check(x, -180, 180, "longitude");
            check(y, -90, 90, "latitude");
        }
    }

    public static Location grid(String easting, String northing) {
        return new Location(Crs.BRITISH_NATIONAL_GRID, number(easting, "easting"), number(northing, "northing"));
    }

    public static Location latLong(String latitude, String longitude) {
        return new Location(Crs.WGS84, number(longitude, "longitude"), number(latitude, "latitude"));
    }

    /** Latitude/longitude on WGS84, converting from the National Grid where needed (about 5 m accuracy). */
    public double[] latLong() {
        if (crs == Crs.WGS84) {
            return new double[] {y.doubleValue(), x.doubleValue()};
        }
        return NationalGrid.toWgs84(x.doubleValue(), y.doubleValue());
    }

    /** WKT for planning.data.gov.uk: {@code POINT(longitude latitude)}. */
    public String wktPoint() {
        double[] ll = latLong();
        return String.format(java.util.Locale.ROOT, "POINT(%.6f %.6f)", ll[1], ll[0]);
    }

    private static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
    }

    private static void check(BigDecimal v, int min, int max, String what) {
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(what + " " + v.toPlainString() + " is outside " + min + " to " + max);
        }
    }
}
