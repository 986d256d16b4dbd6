package org.folkmoot.assemblies.internal.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkmoot.assemblies.internal.Refused;
import org.junit.jupiter.api.Test;

/** The threshold rule at its edges: exactly the threshold passes, one vote fewer fails, abstentions counted each way. */
class ThresholdRuleTest {
    static final ThresholdRule CAMDEN = ThresholdRule.of("75", "COUNTED");
    static final ThresholdRule CAMDEN_WITHOUT_ABSTENTIONS = ThresholdRule.of("75", "NOT_COUNTED");
    static final ThresholdRule BLAENAU_GWENT = ThresholdRule.of("80", "COUNTED");

    @Test
    void exactlySeventyFivePerCentPassesAndOneVoteLessFails() {
        VoteResult exactly = CAMDEN.decide(new Tally(30, 10, 0));
        assertTrue(exactly.passed(), "30 of 40 is exactly 75%");
        assertEquals(40, exactly.counted());
        assertEquals(30, exactly.needed());
        assertEquals(0, exactly.margin());
        assertEquals("75.0", exactly.support().toPlainString());

        VoteResult short1 = CAMDEN.decide(new Tally(29, 11, 0));
        assertFalse(short1.passed());
        assertEquals(-1, short1.margin(), "one vote short");
        assertEquals("72.5", short1.support().toPlainString());
    }

    @Test
    void aThresholdThatIsNotAWholeNumberOfVotesRoundsTheVotesNeededUp() {
        // 75% of 47 is 35.25: 35 is not enough, 36 is
        assertFalse(CAMDEN.decide(new Tally(35, 12, 0)).passed());
        VoteResult r = CAMDEN.decide(new Tally(36, 11, 0));
        assertTrue(r.passed());
        assertEquals(36, r.needed());
        assertEquals("76.6", r.support().toPlainString());
    }

    @Test
    void abstentionsCountedAmongVotesCastOrLeftOut() {
        Tally t = new Tally(29, 9, 2);
        VoteResult counted = CAMDEN.decide(t);
        assertEquals(40, counted.counted());
        assertFalse(counted.passed(), "29 of 40 is 72.5%: the two abstentions weigh like votes against");
        assertEquals(-1, counted.margin());
        VoteResult left = CAMDEN_WITHOUT_ABSTENTIONS.decide(t);
        assertEquals(38, left.counted());
        assertEquals(29, left.needed(), "75% of 38 is 28.5, so 29");
        assertTrue(left.passed(), "29 of 38 is 76.3%");
        assertEquals("76.3", left.support().toPlainString());
        assertEquals(0, left.margin());
    }

    @Test
    void exactlySeventyFivePerCentWithAbstentionsEachWay() {
        // counted: 30 of 30 + 8 + 2 = 40, exactly 75%
        assertTrue(CAMDEN.decide(new Tally(30, 8, 2)).passed());
        assertEquals(0, CAMDEN.decide(new Tally(30, 8, 2)).margin());
        // not counted: 24 of 24 + 8 = 32, exactly 75%, whatever the abstentions
        VoteResult r = CAMDEN_WITHOUT_ABSTENTIONS.decide(new Tally(24, 8, 15));
        assertTrue(r.passed());
        assertEquals(0, r.margin());
        assertFalse(CAMDEN.decide(new Tally(24, 8, 15)).passed(), "24 of 47 with abstentions counted");
    }

    @Test
    void eightyPerCentAsInBlaenauGwent() {
        assertTrue(BLAENAU_GWENT.decide(new Tally(40, 10, 0)).passed());
        assertFalse(BLAENAU_GWENT.decide(new Tally(39, 10, 1)).passed());
        assertEquals(-1, BLAENAU_GWENT.decide(new Tally(39, 10, 1)).margin());
    }

    @Test
    void noVotesCountedPassesNothing() {
        assertFalse(CAMDEN.decide(new Tally(0, 0, 0)).passed());
        assertFalse(CAMDEN_WITHOUT_ABSTENTIONS.decide(new Tally(0, 0, 12)).passed(), "only abstentions, and they are not counted");
    }

    @Test
    void theRuleIsStatedInBothLanguages() {
        assertEquals("A recommendation passes with at least 75% of votes cast in support. Abstentions count as votes cast.",
                CAMDEN.describe("en"));
        assertTrue(CAMDEN_WITHOUT_ABSTENTIONS.describe("cy").startsWith("Caiff argymhelliad ei basio gydag o leiaf 75%"),
                CAMDEN_WITHOUT_ABSTENTIONS.describe("cy"));
        assertEquals("66.67", ThresholdRule.of("66.67", null).percent());
    }

    @Test
    void aThresholdOfHalfOrLessOrNotANumberIsRefused() {
        for (String bad : new String[] {"50", "0", "100.5", "75.001", "three quarters", "", null}) {
            Refused r = assertThrows(Refused.class, () -> ThresholdRule.of(bad, "COUNTED"), String.valueOf(bad));
            assertTrue(r.errors().containsKey("threshold"));
        }
        assertThrows(Refused.class, () -> ThresholdRule.of("75", "SOMETIMES"));
    }
}
