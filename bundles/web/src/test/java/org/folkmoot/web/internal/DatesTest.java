package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void datesAreWrittenAsPeopleReadThemInEnglishAndWelsh() {
        assertEquals("15 May 2027", Dates.inWords(LocalDate.of(2027, 5, 15), "en"));
        assertEquals("15 Mai 2027", Dates.inWords(LocalDate.of(2027, 5, 15), "cy"));
        assertEquals("1 January 2026", Dates.inWords(LocalDate.of(2026, 1, 1), "en"), "no leading zero");
        String[] welsh = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
            "Tachwedd", "Rhagfyr"};
        for (int month = 1; month <= 12; month++) {
            assertEquals("3 " + welsh[month - 1] + " 2026", Dates.inWords(LocalDate.of(2026, month, 3), "cy"));
        }
    }

    @Test
    void momentsAreDatedInTheUkAndIsoTextIsRead() {
        // 23:30 UTC on 31 May is already 1 June in London (BST).
        assertEquals(LocalDate.of(2027, 6, 1), Dates.dateOf(Instant.parse("2027-05-31T23:30:00Z")));
        assertEquals(LocalDate.of(2027, 6, 1), Dates.dateOf("2027-05-31T23:30:00Z"));
        assertEquals(LocalDate.of(2027, 5, 15), Dates.dateOf("2027-05-15"));
        // ...and in winter London is on UTC.
        assertEquals(LocalDate.of(2026, 12, 31), Dates.dateOf("2026-12-31T23:30:00Z"));
        assertThrows(IllegalArgumentException.class, () -> Dates.dateOf("15/05/2027"));
    }
}
