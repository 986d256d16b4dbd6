package org.folkmoot.assemblies.internal.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.folkmoot.assemblies.internal.lottery.Address;
import org.folkmoot.assemblies.internal.lottery.DrawnHousehold;
import org.folkmoot.assemblies.internal.lottery.LotteryProblem;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The letters' PDF read back with PDFBox, and its QR codes scanned with ZXing from a rendered page. */
class LetterPdfTest {
    private static final float MM = 72f / 25.4f;

    static LetterSettings settings(LetterLanguage language) {
        return new LetterSettings(new LetterSettings.Bilingual("Gwynedd Council", "Cyngor Gwynedd"),
                new LetterSettings.Bilingual("the Gwynedd Climate Assembly", "Cynulliad Hinsawdd Gwynedd"),
                new LetterSettings.Bilingual("How should Gwynedd reach net zero by 2030?",
                        "Sut dylai Gwynedd ymdopi â newid hinsawdd?"),
                "https://www.gwynedd.example/assemblies/climate/register", LocalDate.of(2027, 3, 12), "01766 771000",
                "Cyngor Gwynedd, Stryd y Jêl, Caernarfon LL55 1SH", language, LetterWording.defaults("en"),
                LetterWording.defaults("cy"));
    }

    static List<Letter> letters() {
        return List.of(
                letter("10070123456", List.of("Tŷ'r Ysgol", "Ffordd yr Orsaf", "Llanŵst"), "LL26 0AB", "7KQ4M-XH9TC"),
                letter("10070123457", List.of("Flat 2, Bryn Awel", "12 Stryd Fawr", "Pwllheli"), "LL53 5AA", "3ACDE-FGH4J"));
    }

    private static Letter letter(String uprn, List<String> lines, String postcode, String code) {
        return new Letter(new DrawnHousehold(new Address(uprn, lines, postcode, Map.of()), "all", "00ab"), code);
    }

    private static byte[] pdf(LetterLanguage language, List<Letter> letters) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        new LetterPdf(settings(language)).write(letters.iterator(), letters.size(), out, (stage, done, total) -> progress.add(done));
        assertEquals((long) letters.size(), progress.get(progress.size() - 1));
        return out.toByteArray();
    }

    @Test
    void bothLanguagesOneA4PagePerLetterWelshFirstWithEveryWelshLetter() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(LetterLanguage.BOTH, letters()))) {
            assertEquals(2, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(210, page.getMediaBox().getWidth() / MM, 0.5);
            assertEquals(297, page.getMediaBox().getHeight() / MM, 0.5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(first.contains("Gwahoddiad: Cynulliad Hinsawdd Gwynedd"), first);
            assertTrue(first.contains("You are invited to join the Gwynedd Climate Assembly"), first);
            assertTrue(first.indexOf("Gwahoddiad") < first.indexOf("You are invited"), "Welsh first");
            for (String welsh : List.of("grŵp", "hŷn", "Tŷ'r Ysgol", "Llanŵst", "12 Mawrth 2027", "Stryd y Jêl")) {
                assertTrue(first.contains(welsh), welsh + " in " + first);
            }
            assertTrue(first.contains("12 March 2027"), first);
            assertTrue(first.contains("7KQ4M-XH9TC"), first);
            assertTrue(first.contains("https://www.gwynedd.example/assemblies/climate/register"), first);
            assertTrue(first.contains("Sut dylai Gwynedd ymdopi â newid hinsawdd?"), first);
            assertTrue(first.contains("How should Gwynedd reach net zero by 2030?"), first);
            assertTrue(first.contains("Yn gywir, Cyngor Gwynedd"), first);
            assertFalse(first.contains("{"), "every placeholder filled: " + first);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(doc);
            assertTrue(second.contains("3ACDE-FGH4J") && !second.contains("7KQ4M-XH9TC"), second);
        }
    }

    @Test
    void theAddressIsInTheWindowOfADlEnvelope() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(LetterLanguage.ENGLISH, letters()))) {
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            // a DL window (90 x 45 mm, 20 mm from the left, 15 mm from the bottom of a 110 mm envelope) over A4 folded in
            // three, the letter's top at the envelope's top: 20 to 110 mm across, 50 to 95 mm down (PDFBox measures from the top)
            area.addRegion("window", new Rectangle2D.Float(20 * MM, 50 * MM, 90 * MM, 45 * MM));
            area.extractRegions(doc.getPage(0));
            String window = area.getTextForRegion("window");
            assertEquals(List.of("Cyngor Gwynedd, Stryd y Jêl, Caernarfon LL55 1SH", "Tŷ'r Ysgol", "Ffordd yr Orsaf", "Llanŵst", "LL26 0AB"),
                    window.strip().lines().map(String::strip).toList());
        }
    }

    @Test
    void theQrCodeOnARenderedPageOpensTheRegistrationPageWithTheCodeFilledIn() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(LetterLanguage.WELSH, letters()))) {
            for (int page = 0; page < 2; page++) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 150);
                var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                assertEquals("https://www.gwynedd.example/assemblies/climate/register?code=" + letters().get(page).code(), decoded);
            }
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("You are invited"), "Welsh only");
            assertTrue(text.contains("Eich cod cofrestru"), text);
        }
    }

    @Test
    void wordingTooLongForAPageIsRefusedNotCutShort() {
        LetterSettings s = settings(LetterLanguage.BOTH);
        LetterWording endless = new LetterWording("Hello", "Register with {code}. ".repeat(900));
        LetterSettings tooLong = new LetterSettings(s.council(), s.assembly(), s.question(), s.registrationUrl(), s.registerBy(), s.phone(),
                s.returnAddress(), s.language(), endless, s.welsh());
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.folkmoot.assemblies.internal.lottery.LotteryException.class,
                () -> new LetterPdf(tooLong).write(letters().iterator(), 2, new ByteArrayOutputStream(), (stage, done, total) -> { }));
        assertEquals("letters.wording.tooLong", e.problem().key());
        assertEquals("wording", e.problem().field());
    }

    @Test
    void noLettersStillMakesAValidPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(LetterLanguage.ENGLISH, List.of()))) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void wordingIsCheckedForPlaceholdersFolkmootCannotFill() {
        LetterWording wording = new LetterWording("Dear {name}", "Register at {url} with {code} by {deadline}.");
        List<LotteryProblem> problems = wording.check("english");
        assertEquals(List.of("{name}", "{deadline}"), problems.stream().map(p -> p.arguments().get(0)).toList());
        assertEquals("english", problems.get(0).field());
        assertEquals("{name} is not a placeholder Folkmoot can fill in. Use one of: {council}, {assembly}, {question}, {code}, {url},"
                + " {register_by}, {phone}.", problems.get(0).english());
        assertEquals(List.of(), LetterWording.defaults("cy").check("welsh"));
        assertEquals(List.of(), LetterWording.defaults("en").check("english"));
        assertEquals("letters.wording.empty", new LetterWording("Hi", " ").check("english").get(0).key());
    }
}
