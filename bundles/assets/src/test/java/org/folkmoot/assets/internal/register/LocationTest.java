package org.folkmoot.assets.internal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LocationTest {
    @Test
    void inverseProjectionMatchesOrdnanceSurveysWorkedExample() {
        // OS "A guide to coordinate systems in Great Britain", worked example C.2:
        // E 651409.903, N 313177.270 -> OSGB36 52 39' 27.2531" N, 1 43' 4.5177" E
        double[] ll = NationalGrid.toOsgb36(651409.903, 313177.270);
        assertEquals(52 + 39 / 60.0 + 27.2531 / 3600, ll[0], 1e-6);
        assertEquals(1 + 43 / 60.0 + 4.5177 / 3600, ll[1], 1e-6);
    }

    @Test
    void cheltenhamHighStreetLandsInCheltenhamOnWgs84() {
        double[] ll = Location.grid("395265", "222126").latLong();
        assertEquals(51.899, ll[0], 0.005);
        assertEquals(-2.070, ll[1], 0.005);
        assertEquals("POINT(-2.07", Location.grid("395265", "222126").wktPoint().substring(0, 11));
    }

    @Test
    void theHelmertShiftGoesTheRightWayAtGreenwich() {
        // OSGB36 longitude 0 at Greenwich lies about 0.0015 degrees west on WGS84 (the IERS meridian is ~100 m east)
        double[] osgb = NationalGrid.toOsgb36(538874, 177612);
        double[] wgs = Location.grid("538874", "177612").latLong();
        assertEquals(-0.0016, wgs[1] - osgb[1], 0.0003);
    }

    @Test
    void coordinatesOutsideTheGridAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Location.grid("-5", "100"));
        assertThrows(IllegalArgumentException.class, () -> Location.grid("east", "100"));
        assertThrows(IllegalArgumentException.class, () -> Location.latLong("91", "0"));
    }
}
