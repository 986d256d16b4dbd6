package org.folkmoot.assets.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.cases.CaseException;
import org.folkmoot.assets.internal.cases.TransferPipeline;
import org.folkmoot.assets.internal.rules.Jurisdiction;
import org.folkmoot.assets.internal.rules.Scheme;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcAssetSettingsTest {
    JdbcAssetSettings settings;

    @BeforeEach
    void migrate() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:settings-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assets.sql'");
        }
        settings = new JdbcAssetSettings(ds, Clock.systemUTC());
    }

    @Test
    void aCouncilsCalendarEditsAreKeptAndApplied() {
        LocalDate localHoliday = LocalDate.of(2027, 4, 5);
        LocalDate standrews = LocalDate.of(2027, 11, 30);
        settings.addHoliday(CalendarRegion.SCOTLAND, localHoliday, "Spring holiday (Edinburgh)", "officer");
        settings.removeHoliday(CalendarRegion.SCOTLAND, standrews, "offices open", "officer");
        assertFalse(settings.calendar(CalendarRegion.SCOTLAND).isWorkingDay(localHoliday));
        assertTrue(settings.calendar(CalendarRegion.SCOTLAND).isWorkingDay(standrews));
        assertTrue(settings.calendar(CalendarRegion.ENGLAND_AND_WALES).isWorkingDay(localHoliday), "other region untouched");

        settings.addHoliday(CalendarRegion.SCOTLAND, standrews, "St Andrew's Day after all", "officer");
        assertFalse(settings.calendar(CalendarRegion.SCOTLAND).isWorkingDay(standrews), "the latest edit of a day wins");
        settings.clearEdit(CalendarRegion.SCOTLAND, localHoliday);
        assertTrue(settings.calendar(CalendarRegion.SCOTLAND).isWorkingDay(localHoliday));
    }

    @Test
    void theRightToBuyCommencesWhenConfigured() {
        LocalDate day = LocalDate.of(2027, 4, 1);
        assertEquals("england-localism-2011-acv", settings.ruleBook().englishCommunityRight(day).orElseThrow().id());
        settings.setCommencement("england-deca-2026-crtb", day);
        assertEquals("england-deca-2026-crtb", settings.ruleBook().englishCommunityRight(day).orElseThrow().id());
        assertTrue(settings.ruleBook().inForce(Jurisdiction.ENGLAND, Scheme.COMMUNITY_RIGHT_TO_BUY, day).isPresent());
        assertEquals(422, assertThrows(CaseException.class, () -> settings.setCommencement("nope", day)).httpStatus());
    }

    @Test
    void pipelinesRoundTrip() {
        TransferPipeline p = TransferPipeline.example();
        settings.savePipeline(p);
        assertEquals(p, settings.pipeline(p.id()).orElseThrow());
        assertTrue(settings.pipeline("missing").isEmpty());
    }
}
