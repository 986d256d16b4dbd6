package org.folkmoot.assemblies.internal.registration;

import java.time.LocalDate;
import java.util.Map;

/**
 * One person of a household as the form or the API sent them, not yet checked.
 *
 * @param dateOfBirth the date, or null when it was missing or not a date ({@code dateError} says which)
 * @param dateError   a message key when the date as typed was not a real date; null otherwise
 */
public record Registrant(String name, LocalDate dateOfBirth, String dateError, String email, String phone,
        Map<String, String> answers, Boolean available, String accessNeeds, Boolean consent) {

    public Registrant {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /** True when nothing was filled in: an unused slot of the household form. */
    public boolean isEmpty() {
        return blank(name) && dateOfBirth == null && dateError == null && blank(email) && blank(phone)
                && answers.values().stream().allMatch(Registrant::blank) && !Boolean.TRUE.equals(available)
                && blank(accessNeeds) && !Boolean.TRUE.equals(consent);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
