package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Address files as councils export them, and as they go wrong (issue 12, item 10). */
class AddressFileReaderTest {
    private static final String HEADER = "UPRN,Address Line 1,Address Line 2,Town,Postcode,ward,imd_decile\r\n";

    @TempDir
    Path tmp;

    private AddressFile read(String text, Charset charset, AddressArea area) throws IOException {
        Path file = tmp.resolve("addresses.csv");
        Files.write(file, text.getBytes(charset));
        return new AddressFileReader(area).read(file, LotteryProgress.NONE);
    }

    private static List<String> keys(AddressFile file) {
        return file.problems().stream().map(LotteryProblem::key).toList();
    }

    @Test
    void readsAddressLinesPostcodeAndOptionalColumnsInUtf8() throws IOException {
        AddressFile file = read(HEADER
                + "100011000001,\"Flat 2, Tŷ Gwyn\",12 Ffordd yr Eglwys,Sale,m33 7ab,Ashton upon Mersey,8\r\n"
                + "000100011000002,3 Albert Road,,Manchester,M32  0AA,Stretford & Humphrey Park,4\r\n",
                StandardCharsets.UTF_8, AddressArea.EVERYWHERE);
        assertEquals(StandardCharsets.UTF_8, file.encoding());
        assertEquals(List.of(), file.problems());
        assertEquals(2, file.rows());
        Address first = file.addresses().get(0);
        assertEquals("100011000001", first.uprn());
        assertEquals(List.of("Flat 2, Tŷ Gwyn", "12 Ffordd yr Eglwys", "Sale"), first.lines());
        assertEquals("M33 7AB", first.postcode());
        assertEquals("8", first.column("imd_decile").orElseThrow());
        assertEquals("Ashton upon Mersey", first.column("Ward").orElseThrow());
        Address second = file.addresses().get(1);
        assertEquals("100011000002", second.uprn(), "leading zeros are not part of a UPRN");
        assertEquals(List.of("3 Albert Road", "Manchester"), second.lines());
        assertEquals("M32 0AA", second.postcode());
    }

    @Test
    void windows1252IsDetectedAndReadWithANote() throws IOException {
        AddressFile file = read(HEADER + "100011000001,Caffi Siân,1 Stryd Fawr,Altrincham,WA14 1AB,Altrincham,9\r\n",
                Charset.forName("windows-1252"), AddressArea.EVERYWHERE);
        assertEquals("windows-1252", file.encoding().name());
        assertEquals(List.of("lottery.file.windows1252"), keys(file));
        assertFalse(file.refused());
        assertEquals("Caffi Siân", file.addresses().get(0).lines().get(0));
        assertTrue(file.problems().get(0).english().contains("Windows-1252"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        AddressFile file = read("\uFEFF" + HEADER + "100011000001,1 Park Road,,Sale,M33 1AA,Sale Central,5\r\n",
                StandardCharsets.UTF_8, AddressArea.EVERYWHERE);
        assertEquals(List.of(), file.problems());
        assertEquals(1, file.addresses().size());
    }

    @Test
    void missingColumnsRefuseTheFileAndNameWhatIsThere() throws IOException {
        AddressFile file = read("Reference,Street,Post Code\r\n1,1 Park Road,M33 1AA\r\n", StandardCharsets.UTF_8, AddressArea.EVERYWHERE);
        assertTrue(file.refused());
        assertEquals(List.of("lottery.file.missingColumn"), keys(file));
        assertEquals(List.of("UPRN", "Reference, Street, Post Code"), file.problems().get(0).arguments());
        assertEquals("The file has no 'UPRN' column (its columns are: Reference, Street, Post Code). Export it again with UPRN,"
                + " the address lines and the postcode, or rename the header.", file.problems().get(0).english());
        assertEquals(List.of(), file.addresses());

        assertEquals(List.of("lottery.file.empty"), keys(read("", StandardCharsets.UTF_8, AddressArea.EVERYWHERE)));
    }

    @Test
    void badRowsAreReportedWithTheirLineAndNotDrawn() throws IOException {
        AddressFile file = read(HEADER
                + "100011000001,1 Park Road,,Sale,M33 1AA,Sale Central,5\r\n" // row 2: good
                + ",2 Park Road,,Sale,M33 1AA,Sale Central,5\r\n" // 3: no UPRN
                + "ABC123,3 Park Road,,Sale,M33 1AA,Sale Central,5\r\n" // 4: not a UPRN
                + "100011000004,4 Park Road,,Sale,not known,Sale Central,5\r\n" // 5: bad postcode
                + "100011000005,5 Deansgate,,Manchester,M3 2BW,,\r\n" // 6: outside Trafford's districts given
                + "0100011000001,1 Park Road,,Sale,M33 1AA,Sale Central,5\r\n" // 7: line 2 again, with a leading zero
                + "100011000007,,,,M33 1AA,Sale Central,5\r\n" // 8: no address lines
                + "100011000008,8 Park Road,,Sale,M33 1AA,Sale Central,5\r\n", // 9: good
                StandardCharsets.UTF_8, new AddressArea(List.of("M33", "M32", "WA14", "WA15")));
        assertFalse(file.refused());
        assertEquals(List.of("100011000001", "100011000008"), file.addresses().stream().map(Address::uprn).toList());
        assertEquals(List.of("lottery.row.noUprn", "lottery.row.badUprn", "lottery.row.badPostcode", "lottery.row.outsideArea",
                "lottery.row.duplicateUprn", "lottery.row.noAddress"), keys(file));
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), file.problems().stream().map(LotteryProblem::line).toList());
        assertEquals(6, file.leftOut());
        assertEquals(8, file.rows());
        assertEquals("Row 7: UPRN 100011000001 is already on row 2. Each household is drawn at most once; this row is left out.",
                file.problems().get(4).english());
        assertEquals("Row 6 (UPRN 100011000005): the postcode M3 2BW is outside the assembly's area, so it is not drawn.",
                file.problems().get(3).english());
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileWithItsRow() throws IOException {
        AddressFile file = read(HEADER + "100011000001,\"1 Park Road,,Sale,M33 1AA,Sale Central,5\r\n", StandardCharsets.UTF_8,
                AddressArea.EVERYWHERE);
        assertTrue(file.refused(), file.problems().toString());
        assertEquals(List.of("lottery.file.unreadable"), keys(file));
    }

    @Test
    void fiveHundredThousandRowsAreStreamedWithProgressAndManyBadRowsAreCountedNotAllKept() throws IOException {
        Path file = tmp.resolve("big.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TraffordGazetteer.write(499_000, out);
            for (int i = 0; i < 1_000; i++) {
                out.write(",no UPRN,,Sale,M33 1AA,,,,\r\n");
            }
        }
        List<Long> reported = new ArrayList<>();
        AddressFile read = new AddressFileReader(AddressArea.EVERYWHERE).read(file, (stage, done, total) -> {
            assertEquals("lottery.progress.reading", stage);
            reported.add(done);
        });
        assertEquals(500_000, read.rows());
        assertEquals(499_000, read.addresses().size());
        assertTrue(reported.size() > 20, "progress every megabyte: " + reported.size());
        assertEquals(Files.size(file), reported.get(reported.size() - 1));
        long kept = read.problems().stream().filter(p -> p.key().equals("lottery.row.noUprn")).count();
        assertEquals(AddressFileReader.PROBLEMS_KEPT, kept);
        LotteryProblem more = read.problems().get(read.problems().size() - 1);
        assertEquals("lottery.file.moreProblems", more.key());
        assertEquals(List.of("800", "499201"), more.arguments()); // rows 499,002 to 499,201 are listed
        assertEquals("800 more rows were left out for the same reason as row 499201.", more.english());
    }
}
