package org.folkmoot.platform.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void removesEmailsPhoneNumbersAndPostcodes() {
        assertEquals("Write to [email removed] or call [phone number removed] or [phone number removed].",
                Redactor.redact("Write to ann.example@council.gov.uk or call 07700 900123 or +44 (0)29 2087 2087."));
        assertEquals("I live at 1 High Street, [postcode removed], and at [postcode removed].",
                Redactor.redact("I live at 1 High Street, CF10 3NQ, and at SW1A1AA."));
    }

    @Test
    void leavesOrdinaryNumbersAndWordsAlone() {
        String text = "In 2020 over 1604 people signed; the A470 and M4 are busy; 10,000 homes by 2030.";
        assertEquals(text, Redactor.redact(text));
    }
}
