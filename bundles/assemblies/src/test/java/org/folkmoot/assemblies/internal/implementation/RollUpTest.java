package org.folkmoot.assemblies.internal.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RollUpTest {

    @Test
    void theLineCountsRecommendationsInTheSingularAndPluralInEnglishAndAfterTheNumberInWelsh() {
        assertEquals("1 of 1 recommendation accepted; 1 in progress, 0 done", new RollUp(2, 1, 1, 1, 1, 0, 0).describe("en"));
        assertEquals("0 of 0 recommendations accepted; 0 in progress, 0 done", new RollUp(0, 0, 0, 0, 0, 0, 0).describe("en"));
        assertEquals("1,204 of 1,500 recommendations accepted; 3 in progress, 2 done",
                new RollUp(1_600, 1_500, 1_300, 1_204, 3, 2, 0).describe("en"));
        assertEquals("Derbyniwyd 1 o 1 argymhelliad; 1 ar y gweill, 0 wedi’u cwblhau", new RollUp(2, 1, 1, 1, 1, 0, 0).describe("cy"));
    }
}
