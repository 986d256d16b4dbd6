package org.folkmoot.assemblies.internal.commission;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A stratification question of one assembly: its category (as targets name it), its wording in
 * English and Welsh and its answers. An age question ({@code fromDateOfBirth}) is not asked: the
 * answer is the band the person's age falls in on the day they register.
 */
public record Question(String category, String en, String cy, List<Answer> answers, boolean fromDateOfBirth) {

    public Question {
        answers = List.copyOf(answers == null ? List.of() : answers);
    }

    /** One answer: the value targets use, its wording, and for an age question the ages it covers. */
    public record Answer(String value, String en, String cy, Integer fromAge, Integer toAge) {
    }

    public boolean allows(String value) {
        return answers.stream().anyMatch(a -> a.value().equals(value));
    }

    /** The age band of someone born on {@code born}, on {@code day}. */
    public Optional<String> band(LocalDate born, LocalDate day) {
        int age = Period.between(born, day).getYears();
        return answers.stream()
                .filter(a -> (a.fromAge() == null || age >= a.fromAge()) && (a.toAge() == null || age <= a.toAge()))
                .map(Answer::value).findFirst();
    }
}
