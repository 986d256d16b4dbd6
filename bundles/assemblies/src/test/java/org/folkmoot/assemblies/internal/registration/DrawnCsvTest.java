package org.folkmoot.assemblies.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.store.Registrations.Household;
import org.junit.jupiter.api.Test;

class DrawnCsvTest {

    @Test
    void theKeyIsTheSha256OfTheSeedALineFeedAndTheUprn() {
        // printf 'Trafford 2027\n100023456789' | sha256sum
        assertEquals("86ed0daa2c95b246937eec6e0384a322765858a02a86757eda45068b76ec6432", DrawnCsv.key("Trafford 2027", "100023456789"));
    }

    @Test
    void aDrawnFileIsCheckedAgainstTheFixedSeed() {
        String good = "UPRN,address,stratum,key,registration code\n100023456789,\"1 Acre Road, Sale\",decile 1-2,"
                + DrawnCsv.key("Trafford 2027", "100023456789") + ",K7MP-4QXR-2H\n";
        List<Household> h = DrawnCsv.read(good.getBytes(StandardCharsets.UTF_8), "Trafford 2027");
        assertEquals("K7MP4QXR2H", h.get(0).code());
        assertEquals("1 Acre Road, Sale", h.get(0).address());
        assertEquals("decile 1-2", h.get(0).stratum());
        Refused other = assertThrows(Refused.class, () -> DrawnCsv.read(good.getBytes(StandardCharsets.UTF_8), "another seed"));
        assertEquals("assemblies.error.drawn.key", other.errors().get("drawn").key());
        Refused noKey = assertThrows(Refused.class, () -> DrawnCsv.read("UPRN,code\n1,ABCDEFGH\n".getBytes(StandardCharsets.UTF_8), "s"));
        assertEquals("The drawn file has no key column: upload the drawn.csv that bin/folkmoot lottery wrote",
                noKey.errors().get("drawn").in("en"));
    }
}
