package org.folkmoot.assets.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleBookTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void scottishRulesAreInForceFromTwentyThirdJanuary2017() {
        RuleBook book = RuleBook.bundled();
        assertTrue(book.inForce(Jurisdiction.SCOTLAND, Scheme.ASSET_TRANSFER_REQUEST, LocalDate.of(2017, 1, 22)).isEmpty());
        RuleSet r = book.inForce(Jurisdiction.SCOTLAND, Scheme.ASSET_TRANSFER_REQUEST, LocalDate.of(2017, 1, 23)).orElseThrow();
        assertEquals("scotland-cesa-2015-part5", r.id());
        assertEquals(6, r.period("decision").amount());
        assertEquals(Counting.AFTER, r.period("decision").counting());
        assertEquals(20, r.period("review-application").amount());
        assertEquals(PeriodUnit.WORKING_DAYS, r.period("appeal").unit());
        assertEquals(10, r.period("no-contract-appeal").amount());
        assertEquals(2, r.period("repeat-request").amount());
    }

    @Test
    void theRightToBuyIsNotInForceUntilACommencementDateIsConfigured() {
        RuleBook book = RuleBook.bundled();
        assertEquals("england-localism-2011-acv", book.englishCommunityRight(TODAY).orElseThrow().id());
        assertFalse(book.byId("england-deca-2026-crtb").orElseThrow().inForceOn(TODAY));
    }

    @Test
    void aCaseStartedBeforeCommencementKeepsTheOldRules() {
        RuleBook book = RuleBook.bundled(Map.of("england-deca-2026-crtb", LocalDate.of(2027, 4, 1)));
        assertEquals("england-localism-2011-acv", book.englishCommunityRight(LocalDate.of(2027, 3, 31)).orElseThrow().id());
        RuleSet buy = book.englishCommunityRight(LocalDate.of(2027, 4, 1)).orElseThrow();
        assertEquals("england-deca-2026-crtb", buy.id());
        assertEquals(12, buy.period("full-moratorium").amount());
        assertEquals(6, book.byId("england-localism-2011-acv").orElseThrow().period("full-moratorium").amount());
    }

    @Test
    void englishPeriodsAreTheStatutoryOnes() {
        RuleSet r = RuleBook.bundled().byId("england-localism-2011-acv").orElseThrow();
        assertEquals("8 weeks beginning with", r.period("nomination-decision").describe());
        assertEquals("5 years beginning with", r.period("listing").describe());
        assertEquals("8 weeks beginning with", r.period("owner-review-request").describe());
        assertEquals("8 weeks beginning with", r.period("owner-review-decision").describe());
        assertEquals("28 days after", r.period("tribunal-appeal").describe());
        assertEquals("6 weeks beginning with", r.period("interim-moratorium").describe());
        assertEquals("6 months beginning with", r.period("full-moratorium").describe());
        assertEquals("18 months beginning with", r.period("protected-period").describe());
        assertEquals("13 weeks after", r.period("compensation-claim").describe());
    }

    @Test
    void malformedRuleFilesAreRejectedWithTheirName() {
        String bad = "id = x\njurisdiction = SCOTLAND\nscheme = ASSET_TRANSFER_REQUEST\nperiod.decision = six MONTHS | s.1 | \n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleBook.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.rules"));
        assertTrue(e.getMessage().contains("bad.rules"), e.getMessage());
        String noId = "jurisdiction = SCOTLAND\n";
        assertThrows(IllegalArgumentException.class,
                () -> RuleBook.parse(new ByteArrayInputStream(noId.getBytes(StandardCharsets.UTF_8)), "x.rules"));
    }
}
