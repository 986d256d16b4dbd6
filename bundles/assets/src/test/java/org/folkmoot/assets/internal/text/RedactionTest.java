package org.folkmoot.assets.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void contactDetailsAreTakenOut() {
        assertEquals("Write to [email removed] or call [phone removed] or [phone removed].",
                Redaction.redact("Write to jo.bloggs+cat@example.org.uk or call 01242 262626 or +44 7700 900123."));
        assertEquals("We meet at the hall, [postcode removed], and at [postcode removed].",
                Redaction.redact("We meet at the hall, GL50 1DY, and at eh11aa."));
    }

    @Test
    void ordinaryNumbersAndWordsStay() {
        String text = "The hall seats 120 people; we raised £25,000 in 2026 and meet on 3 May at 7pm.";
        assertEquals(text, Redaction.redact(text));
    }
}
