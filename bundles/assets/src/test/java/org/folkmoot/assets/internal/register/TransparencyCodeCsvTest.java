package org.folkmoot.assets.internal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.folkmoot.assets.internal.register.ImportResult.LineError;
import org.junit.jupiter.api.Test;

/**
 * Against Cheltenham Borough Council's published land and assets registers (Open Government
 * Licence v3.0; see bundles/testdata/README.md).
 */
class TransparencyCodeCsvTest {
    static final String Y2021 = "cheltenham_local_authority_land_and_assets_2021.csv";
    static final String Y2023 = "cheltenham_local_authority_land_and_assets_2023.csv";

    static byte[] bytes(String file) throws IOException {
        return CouncilRegisters.read(file);
    }

    @Test
    void imports2021WithItsRepeatedColumnsAndNewlinesInsideFields() throws IOException {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        ImportResult r = new TransparencyCodeCsv(repo).importCsv(bytes(Y2021));
        assertEquals(List.of(), r.errors());
        assertEquals(498, r.imported());
        assertEquals(494, r.created(), "four rows repeat an earlier UPRN and asset code");
        assertEquals(4, r.updated());
        assertEquals(494, repo.count());

        Asset first = repo.find(new AssetKey("100121228178", "09/00025/Land and Building")).orElseThrow();
        assertEquals("1 Berkeley Mews", first.name());
        assertEquals("High Street", first.address());
        assertEquals("Cheltenham", first.postTown());
        assertEquals("GL50 1DY", first.postcode(), "the trailing line break inside the quoted postcode is gone");
        assertEquals("395265", first.location().orElseThrow().x().toPlainString());
        assertEquals("Freehold", first.tenureType());
        assertEquals("Leasehold", first.tenureDetail());
        assertEquals("Cheltenham Borough Council", first.organisation());
        assertEquals("23UB", first.organisationLabel());

        Asset railway = repo.find(new AssetKey("010012809147", "09/00803/Land")).orElseThrow();
        assertEquals("010012809147", railway.uprn(), "leading zero kept");
        assertEquals("Land Near The Railway Line, Reddings Road", railway.address(), "a multi-line field, blank lines dropped");
        assertTrue(repo.find(new AssetKey("10012809147", "09/00803/Land")).isEmpty());
    }

    @Test
    void imports2023WithASingleAddressColumnAndSkipsBlankRows() throws IOException {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        ImportResult r = new TransparencyCodeCsv(repo).importCsv(bytes(Y2023));
        assertEquals(List.of(), r.errors());
        assertEquals(459, r.imported());
        assertEquals(459, repo.count());
        Asset a = repo.find(new AssetKey("010000480247", "10/00022/LAND")).orElseThrow();
        assertEquals("Street Record Pittville Crescent Cheltenham Gloucestershire", a.address());
        assertEquals("Street Record Pittville Crescent Cheltenham Gloucestershire", a.displayName());
        assertEquals("Parks, Gardens and open space", a.holdingType(), "a quoted field with a comma");
        assertEquals("Occupied by local authority", a.tenureDetail());
        Asset kiosk = repo.find(new AssetKey("010000481734", "12/00005/STRUC")).orElseThrow();
        assertEquals("395464", kiosk.location().orElseThrow().x().toPlainString());
        assertEquals(6, repo.all().stream().filter(x -> x.uprn().equals("010000481734")).count(),
                "one UPRN, several assets (Pittville Park)");
    }

    @Test
    void importingAgainUpdatesInsteadOfDuplicating() throws IOException {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        TransparencyCodeCsv csv = new TransparencyCodeCsv(repo);
        csv.importCsv(bytes(Y2021));
        ImportResult again = csv.importCsv(bytes(Y2021));
        assertEquals(498, again.imported());
        assertEquals(0, again.created());
        assertEquals(494, repo.count());
        csv.importCsv(bytes(Y2023));
        assertEquals(911, repo.count(), "42 of the 2023 rows update 2021 assets with the same UPRN and asset code");
    }

    @Test
    void badRowsAreReportedWithTheLineTheyStartOnAndTheRestIsImported() throws IOException {
        // Corrupt the row that starts on line 22 (after 19 rows whose postcodes hold a line break).
        String text = new String(bytes(Y2021), Charset.forName("windows-1252"))
                .replace("010012809147,09/00803/Land", "0100128O9147,09/00803/Land")
                .replace("100121228137,09/00036/Land and Building,12 Berkeley Mews,High Street,Cheltenham,\"GL50 1DY\n\",395265",
                        "100121228137,09/00036/Land and Building,12 Berkeley Mews,High Street,Cheltenham,\"GL50 1DY\n\",east");
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        ImportResult r = new TransparencyCodeCsv(repo).importCsv(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(2, r.errors().size(), r.errors().toString());
        LineError bad = r.errors().get(1);
        assertEquals(22, bad.line());
        assertTrue(bad.message().contains("0100128O9147"), bad.message());
        assertEquals(4, r.errors().get(0).line(), "row 2 starts on line 4 (row 1 spans lines 2 and 3)");
        assertTrue(r.errors().get(0).message().contains("east"), r.errors().get(0).message());
        assertEquals(496, r.imported());
    }

    @Test
    void aFileWithoutKeyColumnsIsRejectedAtLineOne() {
        ImportResult r = new TransparencyCodeCsv(new InMemoryAssetRepository())
                .importCsv("Name,Town\nHall,Cheltenham\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, r.imported());
        assertEquals(1, r.errors().get(0).line());
    }

    @Test
    void windows1252AndUtf8AreBothRead() {
        byte[] cp1252 = "UPRN,AssetCode,PropertyName\r\n000123,A1,Caf\u00e9 \u2013 kiosk\r\n".getBytes(Charset.forName("windows-1252"));
        byte[] utf8 = "\uFEFFUPRN,AssetCode,PropertyName\r\n000123,A1,Caf\u00e9 \u2013 kiosk\r\n".getBytes(StandardCharsets.UTF_8);
        for (byte[] b : List.of(cp1252, utf8)) {
            InMemoryAssetRepository repo = new InMemoryAssetRepository();
            new TransparencyCodeCsv(repo).importCsv(b);
            assertEquals("Caf\u00e9 \u2013 kiosk", repo.find(new AssetKey("000123", "A1")).orElseThrow().name());
        }
    }

    @Test
    void anUnterminatedQuoteIsReportedNotThrown() {
        ImportResult r = new TransparencyCodeCsv(new InMemoryAssetRepository())
                .importCsv("UPRN,AssetCode,PropertyName\n1,A,ok\n2,B,\"never closed\n3,C,x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.imported());
        assertEquals(1, r.errors().size());
        assertEquals(3, r.errors().get(0).line());
    }

    @Test
    void aFileBrokenBeforeItsFirstRowIsRefusedWholeNamingTheLine() {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        ImportResult header = new TransparencyCodeCsv(repo).importCsv("UPRN,\"AssetCode\n1,A\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(header.unusable());
        assertEquals(1, header.errors().get(0).line());
        ImportResult firstRow = new TransparencyCodeCsv(repo)
                .importCsv("UPRN,AssetCode,PropertyName\n\"unterminated\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(firstRow.unusable());
        assertEquals(2, firstRow.errors().get(0).line());
        assertTrue(firstRow.errors().get(0).message().contains("never closed"), firstRow.errors().get(0).message());
        assertEquals(0, repo.all().size());
    }

    @Test
    void exportThenImportGivesTheSameRegister() throws IOException {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        new TransparencyCodeCsv(repo).importCsv(bytes(Y2021));
        repo.upsert(new Asset(new AssetKey("000000000042", "X/1"), "Cheltenham Borough Council", "23UB", "Kiosk", "Park",
                "", "", java.util.Optional.of(Location.latLong("51.9", "-2.07")), "Freehold", "", "Land", "Cafe", "Good"));
        StringWriter out = new StringWriter();
        new TransparencyCodeCsv(repo).export(out);
        assertTrue(out.toString().startsWith(String.join(",", TransparencyCodeCsv.EXPORT_HEADER)));

        InMemoryAssetRepository copy = new InMemoryAssetRepository();
        ImportResult r = new TransparencyCodeCsv(copy).importCsv(out.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.errors());
        assertEquals(repo.all(), copy.all());
    }

    @Test
    void aValueTooLongForTheRegisterIsThatRowsError() {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        ImportResult r = new TransparencyCodeCsv(repo).importCsv(("UPRN,AssetCode,PostCode,PropertyName\r\n"
                + "1,A,GL50 1AA GL50 1AA GL50,Hall\r\n2,B,GL50 1AA," + "n".repeat(501) + "\r\n3,C,GL50 1AA,Park\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, r.imported(), r.errors().toString());
        assertEquals(2, r.errors().size());
        assertEquals(2, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().contains("postcode of 22 characters: at most 10"), r.errors().get(0).message());
        assertEquals(3, r.errors().get(1).line());
        assertTrue(r.errors().get(1).message().contains("at most 500"), r.errors().get(1).message());
    }

    /**
     * Positions in the reference system each row names, as the Transparency Code allows: Caister
     * water tower, Ordnance Survey's worked example (E 651409.903, N 313177.270; on WGS84 about
     * 52.657978 N, 1.716053 E), given once in OSGB36 and once in WGS84, must land in the same place;
     * an unknown system, or degrees without a system, is that row's error and the good rows stay.
     */
    @Test
    void positionsAreRightInWhicheverReferenceSystemTheRowNames() {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        ImportResult r = new TransparencyCodeCsv(repo).importCsv(String.join("\n",
                "UPRN,AssetCode,PropertyName,CoordinateReferenceSystem,GeoX,GeoY,EffectiveDate,BuildingSize,LandArea,EnergyRating",
                "1,A,Water tower (grid),OSGB36,651409.903,313177.270,2024-04-01,120,0.1,C",
                "2,B,Water tower (degrees),WGS84,1.716053,52.657978,2024-04-01,,,",
                "3,C,Somewhere,EPSG:3857,190000,6900000,,,,",
                "4,D,Degrees without a system,,1.716053,52.657978,,,,",
                "5,E,Grid without a system,,651409.903,313177.270,,,,", "").getBytes(StandardCharsets.UTF_8));
        assertEquals(3, r.imported(), r.errors().toString());
        assertEquals(List.of(4L, 5L), r.errors().stream().map(LineError::line).toList(), r.errors().toString());
        assertTrue(r.errors().get(0).message().contains("OSGB36") && r.errors().get(0).message().contains("WGS84"),
                r.errors().get(0).message());
        assertTrue(r.errors().get(1).message().contains("say WGS84 in CoordinateReferenceSystem"), r.errors().get(1).message());
        double[] grid = repo.find(new AssetKey("1", "A")).orElseThrow().location().orElseThrow().latLong();
        double[] degrees = repo.find(new AssetKey("2", "B")).orElseThrow().location().orElseThrow().latLong();
        double[] unnamed = repo.find(new AssetKey("5", "E")).orElseThrow().location().orElseThrow().latLong();
        assertEquals(52.657978, degrees[0], 1e-9);
        assertEquals(1.716053, degrees[1], 1e-9);
        assertTrue(metres(grid, degrees) < 10, "OSGB36 converted " + metres(grid, degrees) + " m from WGS84");
        assertEquals(0, metres(grid, unnamed), 1e-6);
    }

    private static double metres(double[] a, double[] b) {
        double dLat = (a[0] - b[0]) * 111_320;
        double dLon = (a[1] - b[1]) * 111_320 * Math.cos(Math.toRadians(a[0]));
        return Math.hypot(dLat, dLon);
    }
}
