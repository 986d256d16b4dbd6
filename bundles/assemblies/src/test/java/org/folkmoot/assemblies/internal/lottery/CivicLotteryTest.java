package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The civic lottery on a made-up Trafford gazetteer of 20,000 households. */
class CivicLotteryTest {
    private static final String SEED = "Trafford climate assembly, seed published 1 March 2027: 4417 0982";
    private static List<Address> trafford;

    @BeforeAll
    static void gazetteer(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("trafford.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TraffordGazetteer.write(20_000, out);
        }
        AddressFile read = new AddressFileReader(AddressArea.EVERYWHERE).read(file, LotteryProgress.NONE);
        assertEquals(List.of(), read.problems());
        trafford = read.addresses();
    }

    private static LotteryResult draw(int letters, String seed, String column, String weights) {
        return new CivicLottery().draw(new LotteryRequest(letters, seed, Optional.ofNullable(column), StrataWeights.parse(weights)),
                trafford, LotteryProgress.NONE);
    }

    @Test
    void theKeyIsTheHexSha256OfSeedNewlineUprn() {
        // from coreutils: printf 'seed\n100011000001' | sha256sum
        assertEquals("9f31a6efd8da912ba7433cee7232f6fe23fc70abffc999c643a1d96d9b97a835", CivicLottery.key("seed", "100011000001"));
        // UTF-8: printf 'Cynulliad Hinsawdd Gwynedd ŵ\n1' | sha256sum
        assertEquals("816373e2f8b47795f96aa7d6f8aed04c33c8b6070d4afd7f8dae0456bbec656d", CivicLottery.key("Cynulliad Hinsawdd Gwynedd ŵ", "1"));
    }

    @Test
    void unstratifiedDrawsTheSmallestKeysOncePerHousehold() {
        LotteryResult result = draw(3_000, SEED, null, "");
        assertFalse(result.refused());
        assertEquals(3_000, result.drawn().size());
        assertEquals(List.of(new StratumCount("all", new java.math.BigDecimal(20_000), 20_000, 3_000)), result.strata());
        Set<String> drawn = result.drawn().stream().map(h -> h.address().uprn()).collect(Collectors.toSet());
        assertEquals(3_000, drawn.size(), "one letter per UPRN");
        String largestDrawn = result.drawn().stream().map(DrawnHousehold::key).max(String::compareTo).orElseThrow();
        for (Address a : trafford) {
            String key = CivicLottery.key(SEED, a.uprn());
            assertEquals(drawn.contains(a.uprn()), key.compareTo(largestDrawn) <= 0, a.uprn());
        }
    }

    @Test
    void theSameSeedDrawsTheSameHouseholdsAndAnotherSeedOthers() {
        List<String> first = uprns(draw(1_000, SEED, "imd_decile", "1|2=0.8,*=0.2"));
        assertEquals(first, uprns(draw(1_000, SEED, "imd_decile", "1|2=0.8,*=0.2")));
        List<String> other = uprns(draw(1_000, SEED + " ", "imd_decile", "1|2=0.8,*=0.2"));
        assertNotEquals(first, other);
        Set<String> both = new HashSet<>(first);
        both.retainAll(other);
        assertTrue(both.size() < 900, "another seed draws mostly other households: " + both.size());
    }

    @Test
    void newhamsEightyTwentySplitByDeprivationDecile() {
        LotteryResult result = draw(1_000, SEED, "imd_decile", "1|2=0.8,*=0.2");
        Map<String, StratumCount> strata = result.strata().stream().collect(Collectors.toMap(StratumCount::stratum, s -> s));
        assertEquals(Set.of("1|2", "*"), strata.keySet());
        assertEquals(800, strata.get("1|2").letters());
        assertEquals(200, strata.get("*").letters());
        for (DrawnHousehold h : result.drawn()) {
            boolean deprived = Set.of("1", "2").contains(h.address().column("imd_decile").orElseThrow());
            assertEquals(deprived ? "1|2" : "*", h.stratum());
        }
        int deprivedHouseholds = strata.get("1|2").households();
        assertTrue(deprivedHouseholds > 800 && deprivedHouseholds < 3_000, "Trafford's most deprived fifth of LSOAs: " + deprivedHouseholds);
    }

    @Test
    void whenTheMostDeprivedStratumIsTooSmallItsLettersGoToTheRest() {
        LotteryResult result = draw(3_000, SEED, "imd_decile", "1|2=0.8,*=0.2");
        StratumCount deprived = result.strata().stream().filter(s -> s.stratum().equals("1|2")).findFirst().orElseThrow();
        assertTrue(deprived.households() < 2_400, "the test needs a stratum smaller than its share: " + deprived.households());
        assertEquals(deprived.households(), deprived.letters(), "every household of the full stratum gets a letter");
        assertEquals(3_000, result.drawn().size());
    }

    @Test
    void withoutWeightsLettersGoInProportionToHouseholdsPerWard() {
        LotteryResult result = draw(2_000, SEED, "ward", "");
        assertEquals(21, result.strata().size(), "Trafford's 21 wards");
        assertEquals(2_000, result.drawn().size());
        for (StratumCount ward : result.strata()) {
            double quota = 2_000.0 * ward.households() / 20_000;
            assertTrue(Math.abs(ward.letters() - quota) < 1, ward + " quota " + quota);
        }
    }

    @Test
    void addressesWhoseValueNoWeightNamesAreNotDrawnAndThatIsSaid() {
        LotteryResult result = draw(100, SEED, "imd_decile", "1=1,10=1");
        assertEquals(100, result.drawn().size());
        assertTrue(result.drawn().stream().allMatch(h -> Set.of("1", "10").contains(h.address().column("imd_decile").orElseThrow())));
        assertEquals(List.of("lottery.draw.noStratum"), result.problems().stream().map(LotteryProblem::key).toList());
    }

    @Test
    void badRequestsAreRefusedBesideTheirField() {
        LotteryResult result = new CivicLottery().draw(new LotteryRequest(0, " ", Optional.empty(), StrataWeights.parse("A=1")), trafford,
                LotteryProgress.NONE);
        assertTrue(result.refused());
        assertEquals(List.of(), result.drawn());
        assertEquals(List.of("seed", "letters", "strata"), result.problems().stream().map(LotteryProblem::field).toList());
        LotteryResult noColumn = draw(10, SEED, "council_tax_band", "A=1");
        assertTrue(noColumn.refused());
        assertEquals("lottery.draw.noStrataValues", noColumn.problems().get(noColumn.problems().size() - 1).key());
    }

    @Test
    void weightsThatDoNotParseSayWhy() {
        assertEquals("lottery.weights.number", problem("A=eighty"));
        assertEquals("lottery.weights.format", problem("A 0.8"));
        assertEquals("lottery.weights.positive", problem("A=0,B=1"));
        assertEquals("lottery.weights.twice", problem("A=0.5,A|B=0.5"));
        assertEquals("The weight of A must be a number, such as 0.8 (not 'eighty').",
                assertThrowsLottery("A=eighty").english());
    }

    @Test
    void progressIsReportedWhileKeying() {
        List<Long> done = new ArrayList<>();
        new CivicLottery().draw(LotteryRequest.unstratified(10, SEED), trafford, (stage, n, total) -> {
            assertEquals(20_000, total);
            done.add(n);
        });
        assertEquals(20_000L, done.get(done.size() - 1));
    }

    private static String problem(String weights) {
        return assertThrowsLottery(weights).key();
    }

    private static LotteryProblem assertThrowsLottery(String weights) {
        LotteryException e = org.junit.jupiter.api.Assertions.assertThrows(LotteryException.class, () -> StrataWeights.parse(weights));
        assertEquals("weights", e.problem().field());
        return e.problem();
    }

    private static List<String> uprns(LotteryResult result) {
        return result.drawn().stream().map(h -> h.address().uprn()).toList();
    }
}
