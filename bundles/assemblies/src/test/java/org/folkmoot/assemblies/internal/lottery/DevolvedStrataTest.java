package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strata from the Welsh and Scottish indices of deprivation, on made-up houses in Gwynedd's real
 * LSOAs (WIMD 2019) and Clackmannanshire's real data zones (SIMD 2020v2): bundles/testdata/assemblies,
 * made by derive_wales_scotland.py; Welsh Government and Scottish Government data, Open Government Licence v3.0.
 */
class DevolvedStrataTest {
    @TempDir
    Path tmp;

    private AddressFile read(String name) throws IOException {
        Path file = tmp.resolve(name);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(TraffordGazetteer.testdata().resolve("assemblies/" + name + ".gz")))) {
            Files.copy(in, file);
        }
        AddressFile read = new AddressFileReader(AddressArea.EVERYWHERE).read(file, LotteryProgress.NONE);
        assertEquals(List.of(), read.problems());
        return read;
    }

    @Test
    void gwyneddByWimdDecileHalfTheLettersToTheMostDeprivedThirtyPercent() throws IOException {
        AddressFile gwynedd = read("gwynedd_addresses_wimd2019.csv");
        assertEquals(1_460, gwynedd.addresses().size());
        assertTrue(gwynedd.addresses().stream().anyMatch(a -> a.lines().get(0).contains("Lôn Eglwys")), "Welsh street names read as UTF-8");
        LotteryResult result = new CivicLottery().draw(new LotteryRequest(200, "Cynulliad Gwynedd 2027", Optional.of("wimd_decile"),
                StrataWeights.parse("1|2|3=0.5,*=0.5")), gwynedd.addresses(), LotteryProgress.NONE);
        Map<String, StratumCount> strata = result.strata().stream().collect(Collectors.toMap(StratumCount::stratum, s -> s));
        assertEquals(120, strata.get("1|2|3").households(), "Gwynedd's six LSOAs in the most deprived 30% of Wales, 20 houses each");
        assertEquals(100, strata.get("1|2|3").letters());
        assertEquals(100, strata.get("*").letters());
        assertTrue(result.drawn().stream().filter(h -> h.stratum().equals("1|2|3"))
                .allMatch(h -> Set.of("1", "2", "3").contains(h.address().column("wimd_decile").orElseThrow())));
    }

    @Test
    void clackmannanshireInProportionToHouseholdsPerSimdQuintile() throws IOException {
        AddressFile clacks = read("clackmannanshire_addresses_simd2020.csv");
        LotteryResult result = new CivicLottery().draw(new LotteryRequest(144, "Clackmannanshire assembly", Optional.of("simd_quintile"),
                StrataWeights.PROPORTIONAL), clacks.addresses(), LotteryProgress.NONE);
        assertEquals(Set.of("1", "2", "3", "4", "5"), result.strata().stream().map(StratumCount::stratum).collect(Collectors.toSet()));
        for (StratumCount quintile : result.strata()) {
            assertEquals(quintile.households() / 10, quintile.letters(), quintile.toString()); // 144 of 1,440: a tenth of each, exactly
        }
    }
}
