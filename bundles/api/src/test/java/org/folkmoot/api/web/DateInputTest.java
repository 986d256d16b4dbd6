package org.folkmoot.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void aDateWithinTheBoundsIsRead() {
        assertEquals(LocalDate.of(2024, 1, 31), DateInput.date("from", " 2024-01-31 "));
        assertEquals(DateInput.EARLIEST, DateInput.date("from", "1900-01-01"));
        assertEquals(DateInput.LATEST, DateInput.date("from", "2200-12-31"));
    }

    @Test
    void hostileDatesAreRefusedWithAMessageNamingTheField() {
        for (String hostile : new String[] {"+999999999-12-31", "-999999999-01-01", "1899-12-31", "2201-01-01",
                "2024-02-30", "2023-02-29", "24-01-31", "2024/01/31", "\u00002024-01-31", "x".repeat(10_000), "", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateInput.date("from", hostile),
                    String.valueOf(hostile));
            assertTrue(e.getMessage().startsWith("from must be "), e.getMessage());
            assertTrue(e.getMessage().length() < 200, "the value is not echoed whole: " + e.getMessage().length());
        }
    }

    @Test
    void instantsTakeAnOffsetOrADate() {
        assertEquals(Instant.parse("2024-01-31T09:30:00Z"), DateInput.instant("created", "2024-01-31T10:30:00+01:00"));
        assertEquals(Instant.parse("2024-01-31T00:00:00Z"), DateInput.instant("created", "2024-01-31"));
        assertThrows(IllegalArgumentException.class, () -> DateInput.instant("created", "+999999999-12-31T00:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> DateInput.instant("created", "2024-01-31T10:30:00"));
    }
}
