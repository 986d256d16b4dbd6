package org.folkmoot.assemblies.internal.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Someone who registered: personal data, seen only by the assembly's officers (and by confirmation
 * callers once selected). Published only as {@code pseudonym}.
 *
 * @param answers every stratification category's value, the age band included
 * @param channel {@code web} or {@code phone}
 */
public record Person(String id, String assemblyId, String householdCode, String pseudonym, String name, String email,
        String phone, LocalDate dateOfBirth, Map<String, String> answers, boolean available, String accessNeeds,
        String channel, String enteredBy, Instant registeredAt) {

    public Person {
        answers = Map.copyOf(answers);
    }
}
