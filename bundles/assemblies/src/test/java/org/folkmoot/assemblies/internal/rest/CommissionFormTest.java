package org.folkmoot.assemblies.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.CommissionCheck;
import org.folkmoot.assemblies.internal.commission.Question;
import org.junit.jupiter.api.Test;

/** The commission's form read into a commission, its faults beside their boxes, and an assembly written back to amend it. */
class CommissionFormTest {
    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    final Assembly assembly = CommissionCheck.assembly(Fixtures.commission("net-zero", TODAY, 30));

    @Test
    void anAssemblyWrittenIntoTheFormReadsBackTheSame() {
        CommissionForm.Read read = CommissionForm.read(CommissionForm.values(assembly), List.of(), Optional.of(assembly));
        assertEquals(Map.of(), read.errors());
        assertEquals(assembly, CommissionCheck.assembly(read.commission()));
    }

    @Test
    void aNewAssemblyTakesTheStandardQuestionsChosenAndIgnoresEmptyRows() {
        Map<String, String> v = new HashMap<>(CommissionForm.values(assembly));
        v.put("id", "cycle-routes");
        v.put("oversight-2-name", "");
        v.put("oversight-2-role", "");
        v.put("session-3-day", "");
        v.put("timeline-2-en", "");
        CommissionForm.Read read = CommissionForm.read(v, List.of("age", "sex"), Optional.empty());
        assertEquals(Map.of(), read.errors());
        assertEquals(List.of("sex", "age"), read.commission().questions().stream().map(Question::category).toList());
        assertEquals(1, read.commission().oversight().size());
        assertEquals(2, read.commission().sessions().size());
        assertEquals(4, CommissionForm.rows(v, "session", 3), "the two sessions filled and two spare");
    }

    @Test
    void eachFaultGoesBesideItsBoxInPageOrder() {
        Map<String, String> v = new HashMap<>(CommissionForm.values(assembly));
        v.put("responseDue-day", "30");
        v.put("responseDue-month", "2");
        v.put("oversight-2-name", "Cllr Example");
        v.put("oversight-2-role", "");
        v.put("timeline-1-year", "27");
        CommissionForm.Read read = CommissionForm.read(v, List.of(), Optional.of(assembly));
        assertEquals("assemblies.officers.commission.date", read.errors().get("responseDue-day"), "30 February");
        assertEquals("assemblies.officers.commission.date", read.errors().get("timeline-1-year"), "a two-figure year");
        assertEquals("assemblies.error.oversight", read.errors().get("oversight-2-role"));

        Map<String, String> merged = CommissionForm.merge(read.errors(), Map.of("responseDue", "rule's words", "questionCy", "Welsh",
                "sessions", "sessions"));
        assertEquals(List.of("questionCy", "oversight-2-role", "session-1-day", "timeline-1-year", "responseDue-day"),
                List.copyOf(merged.keySet()), "the rule's refusal of the response date is not shown over the box's own");
        assertTrue(merged.get("responseDue-day").startsWith("assemblies.officers"));
    }
}
