package org.folkmoot.assemblies.internal.registration;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Question;

/**
 * The rules a household's registration meets: at least one person; each with a name, a real date
 * of birth that is not in the future, aged 16 or over, an email address or a phone number, an
 * answer from the list to each of the assembly's questions, availability and consent. Fields are
 * named {@code p<n>-<field>} (1-based), as the form's ids.
 */
public final class RegistrationCheck {
    public static final int MINIMUM_AGE = 16;
    public static final int MOST_PEOPLE = 6;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{7,25}");

    private RegistrationCheck() {
    }

    /**
     * The people to register with every category answered (the age band worked out from the date
     * of birth), or a refusal naming each field at fault.
     */
    public static List<Checked> check(Assembly assembly, List<Registrant> people, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Registrant> filled = people == null ? List.of() : people.stream().filter(p -> p != null && !p.isEmpty()).toList();
        if (filled.isEmpty()) {
            throw Refused.of("p1-name", "assemblies.error.person.name");
        }
        if (filled.size() > MOST_PEOPLE) {
            throw Refused.of("p1-name", "assemblies.error.person.tooMany");
        }
        List<Checked> checked = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Registrant p = people.get(i);
            if (p == null || p.isEmpty()) {
                continue;
            }
            String f = "p" + (i + 1) + "-";
            if (Registrant.blank(p.name()) || p.name().length() > 300) {
                errors.put(f + "name", "assemblies.error.person.name");
            }
            Map<String, String> answers = new LinkedHashMap<>();
            if (p.dateError() != null) {
                errors.put(f + "dob", p.dateError());
            } else if (p.dateOfBirth() == null) {
                errors.put(f + "dob", "assemblies.error.person.dob.missing");
            } else if (p.dateOfBirth().isAfter(today)) {
                errors.put(f + "dob", "assemblies.error.person.dob.future");
            } else if (Period.between(p.dateOfBirth(), today).getYears() < MINIMUM_AGE) {
                errors.put(f + "dob", "assemblies.error.person.dob.young");
            } else if (Period.between(p.dateOfBirth(), today).getYears() > 120) {
                errors.put(f + "dob", "assemblies.error.person.dob.real");
            }
            boolean email = !Registrant.blank(p.email());
            boolean phone = !Registrant.blank(p.phone());
            if (!email && !phone) {
                errors.put(f + "email", "assemblies.error.person.contact");
            } else {
                if (email && (p.email().length() > 300 || !EMAIL.matcher(p.email().strip()).matches())) {
                    errors.put(f + "email", "assemblies.error.person.email");
                }
                if (phone && !PHONE.matcher(p.phone().strip()).matches()) {
                    errors.put(f + "phone", "assemblies.error.person.phone");
                }
            }
            for (Question q : assembly.questions()) {
                if (q.fromDateOfBirth()) {
                    if (p.dateOfBirth() != null && !errors.containsKey(f + "dob")) {
                        Optional<String> band = q.band(p.dateOfBirth(), today);
                        if (band.isEmpty()) {
                            errors.put(f + "dob", "assemblies.error.person.dob.band");
                        } else {
                            answers.put(q.category(), band.get());
                        }
                    }
                    continue;
                }
                String a = p.answers().get(q.category());
                if (Registrant.blank(a)) {
                    errors.put(f + q.category(), "assemblies.error.person.answer");
                } else if (!q.allows(a)) {
                    errors.put(f + q.category(), "assemblies.error.person.answer.unknown");
                } else {
                    answers.put(q.category(), a);
                }
            }
            if (p.accessNeeds() != null && p.accessNeeds().length() > 4000) {
                errors.put(f + "accessNeeds", "assemblies.error.tooLong");
            }
            if (!Boolean.TRUE.equals(p.available())) {
                errors.put(f + "available", "assemblies.error.person.available");
            }
            if (!Boolean.TRUE.equals(p.consent())) {
                errors.put(f + "consent", "assemblies.error.person.consent");
            }
            checked.add(new Checked(p.name() == null ? "" : p.name().strip(), p.dateOfBirth(),
                    email ? p.email().strip() : "", phone ? p.phone().strip() : "", answers,
                    p.accessNeeds() == null ? "" : p.accessNeeds().strip()));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return checked;
    }

    /** A person who passed every rule. */
    public record Checked(String name, LocalDate dateOfBirth, String email, String phone, Map<String, String> answers,
            String accessNeeds) {
        public Checked {
            answers = Map.copyOf(answers);
        }
    }
}
