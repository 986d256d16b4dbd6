package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The largest-remainder allocation, worked by hand as an auditor would. */
class LetterAllocationTest {

    private static Map<String, Integer> allocate(int letters, Object... strata) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, Integer> households = new LinkedHashMap<>();
        for (int i = 0; i < strata.length; i += 3) {
            weights.put((String) strata[i], new BigDecimal((String) strata[i + 1]));
            households.put((String) strata[i], (Integer) strata[i + 2]);
        }
        return LetterAllocation.allocate(letters, weights, households);
    }

    @Test
    void equalRemaindersGoToTheStratumNamedFirst() {
        // quotas 3.33 each: 3 + 3 + 3, the tenth letter to the first name in code-point order
        assertEquals(Map.of("A", 4, "B", 3, "C", 3), allocate(10, "C", "1", 100, "B", "1", 100, "A", "1", 100));
    }

    @Test
    void largestRemainderWins() {
        // quotas 100 x (0.45, 0.35, 0.2) over 7 letters: 3.15, 2.45, 1.4 -> 3, 2, 1 and the last letter to B (0.45)
        assertEquals(Map.of("A", 3, "B", 3, "C", 1), allocate(7, "A", "0.45", 1000, "B", "0.35", 1000, "C", "0.2", 1000));
    }

    @Test
    void aFullStratumGivesWhatItCannotTakeToTheOthersInProportion() {
        // Newham's 80/20 with a small most-deprived stratum: it takes all 50, the rest go to B
        assertEquals(Map.of("A", 50, "B", 50), allocate(100, "A", "0.8", 50, "B", "0.2", 1000));
        // A full at 10; 90 left between B and C at 0.3 : 0.2
        assertEquals(Map.of("A", 10, "B", 54, "C", 36), allocate(100, "A", "0.5", 10, "B", "0.3", 1000, "C", "0.2", 1000));
    }

    @Test
    void fillingOneStratumCanFillAnother() {
        // round 1: A (quota 50) is full at 10; round 2: 90 left, B's quota 72 fills its 45; C takes the other 45
        assertEquals(Map.of("A", 10, "B", 45, "C", 45), allocate(100, "A", "0.5", 10, "B", "0.4", 45, "C", "0.1", 1000));
    }

    @Test
    void moreLettersThanHouseholdsSendsOneToEveryHousehold() {
        assertEquals(Map.of("A", 3, "B", 4), allocate(100, "A", "0.9", 3, "B", "0.1", 4));
    }

    @Test
    void exactDecimalArithmetic() {
        // 30,000 x 0.8 is exactly 24,000 (in binary floating point it is 24000.000000000004)
        assertEquals(Map.of("A", 24_000, "B", 6_000), allocate(30_000, "A", "0.8", 100_000, "B", "0.2", 100_000));
        // weights need not add up to 1
        assertEquals(Map.of("A", 24_000, "B", 6_000), allocate(30_000, "A", "4", 100_000, "B", "1", 100_000));
    }

    @Test
    void aStratumWithoutAWeightGetsNothing() {
        Map<String, BigDecimal> weights = Map.of("A", BigDecimal.ONE);
        assertEquals(Map.of("A", 5, "B", 0), LetterAllocation.allocate(5, weights, Map.of("A", 100, "B", 100)));
    }
}
