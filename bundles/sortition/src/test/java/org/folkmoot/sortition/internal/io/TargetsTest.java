package org.folkmoot.sortition.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.folkmoot.sortition.internal.core.Quota;
import org.folkmoot.sortition.internal.core.SortitionInputException;
import org.junit.jupiter.api.Test;

class TargetsTest {
    @Test
    void recognisesTheSortitionFoundationFormatWithFlex() throws Exception {
        Targets t = Targets.read(new StringReader("\uFEFFcategory,name,min,max,min_flex,max_flex\r\nGender,Female,24,27,23,28\r\n"), "t.csv");
        assertEquals(Targets.Format.SORTITION_FOUNDATION, t.format());
        assertEquals(List.of(new Quota("Gender", "Female", 24, 27, 23, 28)), t.quotas());
    }

    @Test
    void recognisesPanelotAndAllowsAnyRelaxation() throws Exception {
        Targets t = Targets.read(new StringReader("category,feature,min,max\nage,\"16-29\",10,13\n"), "c.csv");
        assertEquals(Targets.Format.PANELOT, t.format());
        assertEquals(0, t.quotas().get(0).minFlex());
        assertEquals(Integer.MAX_VALUE, t.quotas().get(0).maxFlex());
    }

    @Test
    void explainsAnUnknownHeaderAndBadNumbers() {
        var e = assertThrows(SortitionInputException.class, () -> Targets.read(new StringReader("a,b\n1,2\n"), "t.csv"));
        assertTrue(e.getMessage().contains("expected category,name,min,max"), e.getMessage());
        e = assertThrows(SortitionInputException.class,
                () -> Targets.read(new StringReader("category,name,min,max\ngender,f,two,3\n"), "t.csv"));
        assertEquals("t.csv line 2: min 'two' is not a whole number.", e.getMessage());
    }

    @Test
    void readsHouseholdsFromAddressColumnsIgnoringCaseAndSpacing() throws Exception {
        String csv = "id,primary_address1,primary_zip,gender\np1,1 High St,AB1 2CD,f\np2,1  high st,ab1 2cd,m\np3,,,m\n";
        var pool = Respondents.read(new StringReader(csv), "r.csv", Set.of("gender"), null);
        assertEquals(pool.respondents().get(0).household(), pool.respondents().get(1).household());
        assertNull(pool.respondents().get(2).household());
        var none = Respondents.read(new StringReader(csv), "r.csv", Set.of("gender"), List.of());
        assertNull(none.respondents().get(0).household());
    }

    @Test
    void anEmptyRespondentsFileIsAnEmptyPool() {
        var e = assertThrows(SortitionInputException.class,
                () -> Respondents.read(new StringReader("id,gender\n"), "r.csv", Set.of("gender"), null));
        assertTrue(e.getMessage().contains("the pool is empty"), e.getMessage());
    }
}
