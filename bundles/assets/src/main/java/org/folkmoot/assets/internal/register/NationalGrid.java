package org.folkmoot.assets.internal.register;

/**
 * British National Grid (OSGB36, Airy 1830, Transverse Mercator) to WGS84 latitude/longitude, by
 * the inverse projection and a 7-parameter Helmert transformation as described in Ordnance
 * Survey's "A guide to coordinate systems in Great Britain". Good to about 5 metres, which is
 * plenty for showing an asset on a map; not for surveying.
 */
final class NationalGrid {
    private static final double AIRY_A = 6377563.396;
    private static final double AIRY_B = 6356256.909;
    private static final double F0 = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double N0 = -100_000;
    private static final double E0 = 400_000;
    private static final double GRS80_A = 6378137.0;
    private static final double GRS80_B = 6356752.3141;

    private NationalGrid() {
    }

    /** {latitude, longitude} in degrees on OSGB36. */
    static double[] toOsgb36(double easting, double northing) {
        double a = AIRY_A;
        double b = AIRY_B;
        double e2 = 1 - (b * b) / (a * a);
        double n = (a - b) / (a + b);
        double lat = LAT0;
        double m = 0;
        do {
            lat = (northing - N0 - m) / (a * F0) + lat;
            m = meridionalArc(b, n, lat);
        } while (Math.abs(northing - N0 - m) >= 0.00001);

        double sin = Math.sin(lat);
        double nu = a * F0 / Math.sqrt(1 - e2 * sin * sin);
        double rho = a * F0 * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double eta2 = nu / rho - 1;
        double tan = Math.tan(lat);
        double tan2 = tan * tan;
        double tan4 = tan2 * tan2;
        double tan6 = tan4 * tan2;
        double sec = 1 / Math.cos(lat);
        double vii = tan / (2 * rho * nu);
        double viii = tan / (24 * rho * Math.pow(nu, 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
        double ix = tan / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tan2 + 45 * tan4);
        double x = sec / nu;
        double xi = sec / (6 * Math.pow(nu, 3)) * (nu / rho + 2 * tan2);
        double xii = sec / (120 * Math.pow(nu, 5)) * (5 + 28 * tan2 + 24 * tan4);
        double xiia = sec / (5040 * Math.pow(nu, 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6);
        double de = easting - E0;
        double phi = lat - vii * de * de + viii * Math.pow(de, 4) - ix * Math.pow(de, 6);
        double lambda = LON0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7);
        return new double[] {Math.toDegrees(phi), Math.toDegrees(lambda)};
    }

    private static double meridionalArc(double b, double n, double lat) {
        double n2 = n * n;
        double n3 = n2 * n;
        double dl = lat - LAT0;
        double sl = lat + LAT0;
        return b * F0 * ((1 + n + 1.25 * n2 + 1.25 * n3) * dl
                - (3 * n + 3 * n2 + 21.0 / 8 * n3) * Math.sin(dl) * Math.cos(sl)
                + (15.0 / 8 * n2 + 15.0 / 8 * n3) * Math.sin(2 * dl) * Math.cos(2 * sl)
                - 35.0 / 24 * n3 * Math.sin(3 * dl) * Math.cos(3 * sl));
    }

    /** {latitude, longitude} in degrees on WGS84. */
    static double[] toWgs84(double easting, double northing) {
        double[] osgb = toOsgb36(easting, northing);
        double[] xyz = toCartesian(Math.toRadians(osgb[0]), Math.toRadians(osgb[1]), AIRY_A, AIRY_B);
        // OSGB36 -> WGS84: the published WGS84 -> OSGB36 parameters (tx -446.448 m, ty +125.157 m,
        // tz -542.060 m, s +20.4894 ppm, rx -0.1502", ry -0.2470", rz -0.8421") with signs reversed
        double tx = 446.448, ty = -125.157, tz = 542.060;
        double s = -20.4894e-6;
        double rx = Math.toRadians(0.1502 / 3600), ry = Math.toRadians(0.2470 / 3600), rz = Math.toRadians(0.8421 / 3600);
        double x = tx + (1 + s) * xyz[0] - rz * xyz[1] + ry * xyz[2];
        double y = ty + rz * xyz[0] + (1 + s) * xyz[1] - rx * xyz[2];
        double z = tz - ry * xyz[0] + rx * xyz[1] + (1 + s) * xyz[2];
        return toLatLong(x, y, z, GRS80_A, GRS80_B);
    }

    private static double[] toCartesian(double lat, double lon, double a, double b) {
        double e2 = 1 - (b * b) / (a * a);
        double sin = Math.sin(lat);
        double nu = a / Math.sqrt(1 - e2 * sin * sin);
        return new double[] {nu * Math.cos(lat) * Math.cos(lon), nu * Math.cos(lat) * Math.sin(lon), (1 - e2) * nu * sin};
    }

    private static double[] toLatLong(double x, double y, double z, double a, double b) {
        double e2 = 1 - (b * b) / (a * a);
        double p = Math.sqrt(x * x + y * y);
        double lat = Math.atan2(z, p * (1 - e2));
        for (int i = 0; i < 10; i++) {
            double sin = Math.sin(lat);
            double nu = a / Math.sqrt(1 - e2 * sin * sin);
            lat = Math.atan2(z + e2 * nu * sin, p);
        }
        return new double[] {Math.toDegrees(lat), Math.toDegrees(Math.atan2(y, x))};
    }
}
