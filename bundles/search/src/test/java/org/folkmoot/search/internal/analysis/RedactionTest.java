package org.folkmoot.search.internal.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"jo@example.com", "Jo.Bloggs+parks@council.gov.uk", "o'neill@cyngor.cymru"})
    void emailsAreRedacted(String email) {
        assertEquals("contact " + Redaction.EMAIL_LABEL + " please", Redaction.redact("contact " + email + " please"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "+44 (0)20 7946 0958", "020 7946 0958",
            "(029) 2087 2087", "0044 29 2087 2087", "01632-960-001", "0117 496 0000"})
    void ukPhoneNumbersAreRedacted(String phone) {
        assertEquals("ring " + Redaction.PHONE_LABEL + " today", Redaction.redact("ring " + phone + " today"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 1AA", "CF10 3NQ", "cf103nq", "M1 1AE", "B33 8TH", "W1A 0AX", "EC1A 1BB", "GIR 0AA"})
    void ukPostcodesAreRedacted(String postcode) {
        assertEquals("at " + Redaction.POSTCODE_LABEL + ".", Redaction.redact("at " + postcode + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The 2021 budget rose by 12345 pounds", "the A470 and M4 roads", "Section 106 money",
            "Ward 3 had 1200 votes in 2022", "ISO 9001 standard", "call us on 999", "grid ref SN 123 456"})
    void ordinaryTextIsLeftAlone(String text) {
        assertEquals(text, Redaction.redact(text));
        assertFalse(Redaction.containsPersonalData(text));
    }

    @Test
    void labelsAreNotRedactedTwice() {
        String once = Redaction.redact("x@y.org and 07700 900123 in SW1A 1AA");
        assertEquals(once, Redaction.redact(once));
        assertTrue(Redaction.containsPersonalData("x@y.org"));
        assertFalse(Redaction.containsPersonalData(once));
    }
}
