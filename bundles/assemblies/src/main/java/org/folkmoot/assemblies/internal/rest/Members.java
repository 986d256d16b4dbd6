package org.folkmoot.assemblies.internal.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.ClientErrorException;

import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.assemblies.internal.store.Selections;

/** The panel joined to the registrations, for those who call or look after members. */
final class Members {
    /** What a confirmation caller records; a withdrawal is for officers. */
    static final List<Selections.Status> CALLS = List.of(Selections.Status.CONFIRMED, Selections.Status.DECLINED,
            Selections.Status.UNREACHABLE);

    private Members() {
    }

    static List<Views.MemberView> of(AssemblyStore store, String id) {
        Map<String, Person> people = store.registrations().people(id).stream()
                .collect(Collectors.toMap(Person::pseudonym, Function.identity()));
        return store.selections().members(id).stream().map(m -> {
            Person p = people.get(m.pseudonym());
            return new Views.MemberView(m.pseudonym(), m.round(), m.status().name(), p == null ? "" : p.name(),
                    p == null ? "" : p.phone(), p == null ? "" : p.email(), p == null ? "" : p.accessNeeds());
        }).toList();
    }

    static Selections.Status status(String name) {
        try {
            Selections.Status s = Selections.Status.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
            if (s != Selections.Status.SELECTED) {
                return s;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new ClientErrorException("status is confirmed, declined, unreachable or withdrawn, not '" + name + "'.", 422);
    }
}
