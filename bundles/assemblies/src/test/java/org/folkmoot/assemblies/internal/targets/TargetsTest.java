package org.folkmoot.assemblies.internal.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.CommissionCheck;
import org.junit.jupiter.api.Test;

class TargetsTest {
    static final Assembly ASSEMBLY = CommissionCheck.assembly(Fixtures.commission("net-zero", LocalDate.of(2027, 2, 1), 10));

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSortitionFoundationFormatIsReadWithOrWithoutFlex() {
        List<Target> t = TargetsCsv.read(csv("\uFEFFcategory,name,min,max,min_flex,max_flex\ngender,female,4,6,3,7\ngender,male,4,6,,\n"), 10);
        assertEquals(new Target("gender", "female", 4, 6, 3, 7), t.get(0));
        assertEquals(new Target("gender", "male", 4, 6, 0, 10), t.get(1), "blank flex: any relaxation");
        assertEquals(t, TargetsCsv.read(csv(TargetsCsv.write(t)), 10), "what is written reads back");
    }

    @Test
    void minimumsAddingUpToMoreThanThePanelSayByHowMuch() {
        List<Target> t = List.of(new Target("gender", "female", 6, 8, 0, 10), new Target("gender", "male", 6, 8, 0, 10));
        Refused r = assertThrows(Refused.class, () -> TargetsCheck.check(ASSEMBLY, t));
        assertEquals("The minimums of \"gender\" add up to 12, more than the panel of 10: lower them by 2", r.errors().get("targets").in("en"));
        assertTrue(r.errors().get("targets").in("cy").contains("gostyngwch nhw 2"));
    }

    @Test
    void unknownCategoriesAndMissingAnswersAreRefused() {
        Refused unknown = assertThrows(Refused.class, () -> TargetsCheck.check(ASSEMBLY,
                List.of(new Target("tenure", "owner", 1, 5, 0, 10))));
        assertEquals("There is no question for the category \"tenure\"", unknown.errors().get("targets").in("en"));
        Refused missing = assertThrows(Refused.class, () -> TargetsCheck.check(ASSEMBLY,
                List.of(new Target("gender", "female", 4, 10, 0, 10))));
        assertTrue(missing.errors().get("targets").in("en").contains("no target for \"male\""));
        Refused number = assertThrows(Refused.class, () -> TargetsCsv.read(csv("category,name,min,max\ngender,female,four,6\n"), 10));
        assertEquals("Line 2: \"four\" is not a whole number of members", number.errors().get("targets").in("en"));
    }

    @Test
    void theViewSaysWhichGroupsAreShort() {
        List<Target> t = List.of(new Target("gender", "female", 2, 6, 0, 10), new Target("gender", "male", 2, 6, 0, 10));
        List<PoolView.Row> rows = PoolView.rows(t, List.of(Map.of("gender", "female"), Map.of("gender", "female"),
                Map.of("gender", "female"), Map.of("gender", "female"), Map.of("gender", "female"), Map.of("gender", "female"),
                Map.of("gender", "male")));
        assertEquals(6, rows.get(0).registered());
        assertTrue(!rows.get(0).isShort(), "6 for a minimum of 2: three a place");
        assertEquals(1, rows.get(1).registered());
        assertTrue(rows.get(1).isShort());
    }
}
