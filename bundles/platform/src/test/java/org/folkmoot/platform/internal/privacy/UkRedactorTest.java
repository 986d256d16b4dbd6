package org.folkmoot.platform.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.folkmoot.api.privacy.PersonalData;
import org.folkmoot.api.privacy.Redacted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkRedactorTest {

    final UkRedactor redactor = new UkRedactor();

    private void redactedAs(PersonalData kind, String before, String found, String after) {
        String text = before + found + after;
        assertEquals(before + kind.label("en") + after, redactor.redact(text, "en"), text);
        assertEquals(before + kind.label("cy") + after, redactor.redact(text, "cy"), text);
        assertEquals(List.of(new Redacted(kind, before.length(), before.length() + found.length())), redactor.find(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo@example.com", "Jo.Bloggs+parks@council.gov.uk", "o'neill@cyngor.cymru",
            "first_last@sub.example.co.uk", "rhian.ap.iorwerth@gwynedd.llyw.cymru", "JO@EXAMPLE.ORG"})
    void emails(String email) {
        redactedAs(PersonalData.EMAIL, "contact ", email, " please");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "07700 900 123", "+44 7700 900123", "+447700900123",
            "+44 (0)20 7946 0958", "+44(0)2079460958", "020 7946 0958", "020-7946-0958", "(020) 7946 0958",
            "(029) 2087 2087", "(01632) 960001", "0044 29 2087 2087", "01632-960-001", "0117 496 0000",
            "0121 496 0000", "0800 123 4567", "016977 2345", "01632 960001 ext. 123", "01632 960001 ext 45",
            "01632 960001 x204", "020 7946 0958, extension 7", "029 2087 2087 estyniad 12"})
    void ukPhoneNumbersInEveryUsualForm(String phone) {
        redactedAs(PersonalData.PHONE, "ring ", phone, " today");
        redactedAs(PersonalData.PHONE, "(", phone, ").");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 1AA", "CF10 3NQ", "cf103nq", "M1 1AE", "B33 8TH", "W1A 0AX", "EC1A 1BB", "GIR 0AA",
            "LL57 2DG", "SA1 8PP", "GL50 1DY", "eh1 1aa", "SW1A\u00A01AA"})
    void ukPostcodes(String postcode) {
        redactedAs(PersonalData.POSTCODE, "at ", postcode, ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 12 34 56 C", "AB123456C", "JG103759A", "ab123456c", "NE 12 34 56", "TW 98 76 54 D"})
    void nationalInsuranceNumbers(String ni) {
        redactedAs(PersonalData.NATIONAL_INSURANCE, "my NI number is ", ni, ", thanks");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // dates and times
        "The meeting on 12/05/2024 at 14:30", "from 2024-05-12 to 2024-06-30", "on 05-12-2024", "09:30-10:30 on 12.05.2024",
        // money and counts
        "The 2021 budget rose by £1,250.00 to £12,345,678.90", "Ward 3 had 1200 votes in 2022", "10,000 signatures",
        "a grant of £100000 in 2023/24",
        // reference numbers
        "planning application 21/01234/FUL", "appeal APP/A1234/W/21/3271234", "UPRN 100120000001",
        "UPRN 10093322611 and 100121227680", "case ATR-2024-0001", "licence no. 0123/456/789",
        "invoice INV-01234567891", "asset code 14/00023/STRUC", "company number 01234567",
        // roads, standards and the like
        "the A470 and M4 roads", "Section 106 money", "ISO 9001 standard", "call us on 999 or 111",
        "grid ref SN 123 456", "a 2nd and 3rd reading", "QQ123456C is the HMRC specimen", "BG 12 34 56 A",
        "version 1.2.3", "open 9am to 5pm"})
    void nearMissesAreLeftAlone(String text) {
        assertEquals(text, redactor.redact(text, "en"));
        assertFalse(redactor.containsPersonalData(text), text);
    }

    @Test
    void severalKindsInOneTextAndLabelsAreNotRedactedTwice() {
        String text = "Email jo@example.org, ring 07700 900123 or visit CF10 3NQ; NI AB123456C. Ref 21/01234/FUL.";
        String once = redactor.redact(text, "en");
        assertEquals("Email [email removed], ring [phone number removed] or visit [postcode removed]; "
                + "NI [National Insurance number removed]. Ref 21/01234/FUL.", once);
        assertEquals(once, redactor.redact(once, "en"));
        assertFalse(redactor.containsPersonalData(once));
        String cy = redactor.redact(text, "cy");
        assertTrue(cy.contains("[e-bost wedi'i dynnu]") && cy.contains("[rhif ffôn wedi'i dynnu]")
                && cy.contains("[cod post wedi'i dynnu]") && cy.contains("[rhif Yswiriant Gwladol wedi'i dynnu]"), cy);
        for (String label : PersonalData.labels()) {
            assertFalse(redactor.containsPersonalData(label), label);
        }
        assertEquals(null, redactor.redact(null, "en"));
    }

    /** The pre-check must never skip a text the expression would change: random texts built from the pieces. */
    @Test
    void thePreCheckNeverSkipsPersonalData() {
        String[] pieces = {"jo@example.org", "07700 900123", "CF10 3NQ", "AB 12 34 56", "AB123456C", "12/05/2024", "£1,250.00",
                "2nd", "the", "x", " ", ",", "-", "(", ")", "0", "44", "+", "1AA", "SW1A", "ext", "7"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(8); j >= 0; j--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            if (!UkRedactor.mayContainPersonalData(text)) {
                assertEquals(List.of(), redactor.find(text.substring(0)), "the pre-check skipped " + text);
            }
        }
    }
}
