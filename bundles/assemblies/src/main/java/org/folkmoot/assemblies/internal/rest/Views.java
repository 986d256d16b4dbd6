package org.folkmoot.assemblies.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Milestone;
import org.folkmoot.assemblies.internal.commission.OversightMember;
import org.folkmoot.assemblies.internal.commission.Question;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.selection.Outcome;
import org.folkmoot.assemblies.internal.store.Registrations;
import org.folkmoot.assemblies.internal.store.Selections;

/** What the API answers: public views hold no personal data; officers' views are named so. */
public final class Views {
    private Views() {
    }

    /** An assembly as anyone may read it. */
    public record PublicAssembly(String id, LocalisedText question, LocalisedText remit, LocalisedText outOfScope,
            String commissionedBy, String funder, List<OversightMember> oversight, List<Milestone> timeline,
            List<LocalDate> sessions, List<Question> questions, LocalDate announcedOn, LocalDate responseDue, int panelSize,
            String lotterySeed, Registrations.Lottery lottery, List<Target> targets, List<PublicSelection> selections,
            String page) {
    }

    /** A selection round as published: algorithm, seed, the panel under pseudonyms, and where its files are. */
    public record PublicSelection(int round, String algorithm, String seed, String state, String stage, List<String> panel,
            List<String> replaced, Double minProbability, Optional<Instant> finishedAt, Map<String, String> files,
            Optional<Outcome> problem) {
    }

    /** A person as officers see them. */
    public record Registration(String pseudonym, String household, String name, String email, String phone,
            LocalDate dateOfBirth, Map<String, String> answers, String accessNeeds, String channel, Instant registeredAt) {
    }

    /** A panel member for confirmation callers and officers. */
    public record MemberView(String pseudonym, int round, String status, String name, String phone, String email,
            String accessNeeds) {
    }

    static PublicAssembly assembly(Assembly a, Optional<Registrations.Lottery> lottery, List<Target> targets,
            List<Selections.Selection> rounds, boolean officer) {
        String base = "/api/assemblies/" + a.id();
        return new PublicAssembly(a.id(), a.question(), a.remit(), a.outOfScope(), a.commissionedBy(), a.funder(), a.oversight(),
                a.timeline(), a.sessions(), a.questions(), a.announcedOn(), a.responseDue(), a.panelSize(),
                a.lotterySeed().orElse(null), lottery.orElse(null), targets,
                rounds.stream().map(s -> selection(base, s, officer)).toList(), "/assemblies/" + a.id());
    }

    static PublicSelection selection(String base, Selections.Selection s, boolean officer) {
        Map<String, String> files = s.isDone() ? Map.of(
                "probabilities", base + "/selections/" + s.round() + "/probabilities.csv",
                "distribution", base + "/selections/" + s.round() + "/distribution.csv",
                "panel", base + "/selections/" + s.round() + "/panel.csv") : Map.of();
        return new PublicSelection(s.round(), s.algorithm().name(), s.seed(), s.state(), s.stage(), s.panel(), s.replaced(),
                s.minProbability(), s.finishedAt(), files, officer ? s.problem().map(Outcome::read) : Optional.empty());
    }

    static Registration registration(Person p) {
        return new Registration(p.pseudonym(), p.householdCode(), p.name(), p.email(), p.phone(), p.dateOfBirth(), p.answers(),
                p.accessNeeds(), p.channel(), p.registeredAt());
    }
}
