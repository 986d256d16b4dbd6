package org.folkmoot.assemblies.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.folkmoot.assemblies.internal.Fixtures;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.CommissionCheck;
import org.junit.jupiter.api.Test;

class RegistrationCheckTest {
    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final Assembly ASSEMBLY = CommissionCheck.assembly(Fixtures.commission("net-zero", TODAY, 10));

    static Registrant person(String name, LocalDate born, String gender) {
        return new Registrant(name, born, null, "a@example.org", "", Map.of("gender", gender, "area", "north"), true, "", true);
    }

    @Test
    void theAgeBandComesFromTheDateOfBirthOnTheDayOfRegistration() {
        List<RegistrationCheck.Checked> c = RegistrationCheck.check(ASSEMBLY,
                List.of(person("Ann", LocalDate.of(1982, 2, 1), "female"), person("Bob", LocalDate.of(1982, 2, 2), "male")), TODAY);
        assertEquals("45+", c.get(0).answers().get("age"), "45 on the day");
        assertEquals("16-44", c.get(1).answers().get("age"), "45 tomorrow");
        assertEquals("north", c.get(1).answers().get("area"));
    }

    @Test
    void aDateOfBirthInTheFutureAMissingAnswerAndNoConsentAreEachBesideTheirField() {
        Registrant future = person("Ann", TODAY.plusDays(1), "female");
        Registrant noAnswer = new Registrant("Bob", LocalDate.of(1990, 1, 1), null, "", "07700 900982", Map.of("area", "south"),
                true, "", false);
        Refused r = assertThrows(Refused.class, () -> RegistrationCheck.check(ASSEMBLY, Arrays.asList(future, null, noAnswer), TODAY));
        assertEquals("assemblies.error.person.dob.future", r.errors().get("p1-dob").key());
        assertEquals("assemblies.error.person.answer", r.errors().get("p3-gender").key());
        assertEquals("assemblies.error.person.consent", r.errors().get("p3-consent").key());
        assertEquals(422, r.status());
        assertEquals("Date of birth must be in the past", r.errors().get("p1-dob").in("en"));
        assertEquals("Rhaid i’r dyddiad geni fod yn y gorffennol", r.errors().get("p1-dob").in("cy"));
    }

    @Test
    void under16sNoContactAndAnUnknownAnswerAreRefused() {
        Registrant young = person("Cai", TODAY.minusYears(16).plusDays(1), "male");
        Registrant noContact = new Registrant("Dee", LocalDate.of(1970, 5, 5), null, " ", "", Map.of("gender", "other", "area", "north"),
                true, "", true);
        Refused r = assertThrows(Refused.class, () -> RegistrationCheck.check(ASSEMBLY, List.of(young, noContact), TODAY));
        assertEquals("assemblies.error.person.dob.young", r.errors().get("p1-dob").key());
        assertEquals("assemblies.error.person.contact", r.errors().get("p2-email").key());
        assertEquals("assemblies.error.person.answer.unknown", r.errors().get("p2-gender").key());
    }

    @Test
    void anEmptyFormIsRefusedAtTheFirstName() {
        Refused r = assertThrows(Refused.class, () -> RegistrationCheck.check(ASSEMBLY,
                List.of(new Registrant("", null, null, "", "", Map.of(), false, "", false)), TODAY));
        assertEquals(List.of("p1-name"), List.copyOf(r.errors().keySet()));
    }

    @Test
    void codesAreReadAsTypedAndPseudonymsAvoidLookAlikes() {
        assertEquals("K7MP4QXR2H", Codes.normalise(" k7mp-4qxr 2h "));
        for (int i = 0; i < 200; i++) {
            String p = Codes.pseudonym();
            assertEquals(10, p.length());
            assertEquals(-1, p.substring(2).chars().filter(ch -> "01OIL".indexOf(ch) >= 0).findAny().orElse(-1), p);
        }
    }
}
