package org.folkmoot.assemblies.internal.rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.folkmoot.api.sortition.DrawnPanel;
import org.folkmoot.api.sortition.PanelLottery;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.SelectionRequest;
import org.folkmoot.api.sortition.SortitionService;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.api.sortition.Volunteer;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Question;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.selection.SelectionRunner;
import org.folkmoot.assemblies.internal.store.Selections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A standing assembly (Newham's): a first assembly, then rounds on other questions, each an
 * assembly of its own with its own lottery and registrations. A round carries over some members of
 * the round before and draws the rest from its own registrations under the same targets: the
 * sortition service's replacement lottery, with the carried-over members as those who stay (the
 * targets are reduced by them, and nobody from their households is drawn). The draw is kept as the
 * round's assembly's first selection, published as any other, so its new members are called and
 * replaced there as part 1 does.
 */
@Component(service = StandingAssembly.class)
public class StandingAssembly {
    private final Recruitment recruitment;
    private final SortitionService sortition;
    private final Transactions tx;
    private final Rounds rounds;

    @Activate
    public StandingAssembly(@Reference Recruitment recruitment, @Reference SortitionService sortition, @Reference Transactions tx,
            @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=assemblies)") ModuleSchema schema) {
        this(recruitment, sortition, tx);
    }

    public StandingAssembly(Recruitment recruitment, SortitionService sortition, Transactions tx) {
        this.recruitment = recruitment;
        this.sortition = sortition;
        this.tx = tx;
        this.rounds = new Rounds(tx, recruitment.store().clock());
    }

    public List<Round> rounds(String standingId) {
        recruitment.assembly(standingId);
        return rounds.of(standingId);
    }

    /** The standing assembly an assembly belongs to (itself for a first round), and its rounds. */
    public String standingOf(String assemblyId) {
        return rounds.byAssembly(assemblyId).map(Round::standingId).orElse(assemblyId);
    }

    /**
     * Opens the next round: {@code assemblyId} is its own assembly, already commissioned with the same
     * stratification questions; {@code carried} are members of the round before who stay (at least
     * one, fewer than the round's panel). The first round's targets are copied to it.
     */
    public Round open(String standingId, String assemblyId, List<String> carried) {
        Assembly standing = recruitment.assembly(standingId);
        Assembly next = recruitment.assembly(assemblyId);
        if (rounds.byAssembly(standingId).isPresent()) {
            throw Refused.of("standing", "assemblies.sessions.error.round.notFirst", standingId).withStatus(409);
        }
        if (assemblyId.equals(standingId) || rounds.byAssembly(assemblyId).isPresent()
                || recruitment.store().selections().rounds(assemblyId).stream().anyMatch(s -> !"FAILED".equals(s.state()))) {
            throw Refused.of("assembly", "assemblies.sessions.error.round.taken", assemblyId).withStatus(409);
        }
        if (!categories(standing).equals(categories(next))) {
            throw Refused.of("assembly", "assemblies.sessions.error.round.questions", String.join(", ", categories(standing)));
        }
        List<Round> before = rounds.of(standingId);
        if (!before.isEmpty() && !before.get(before.size() - 1).isDrawn()) {
            throw Refused.of("assembly", "assemblies.sessions.error.round.previousNotDrawn").withStatus(409);
        }
        Set<String> staying = membership(standingId, before);
        if (staying.isEmpty()) {
            throw Refused.of("standing", "assemblies.sessions.error.round.notSelected", standingId).withStatus(409);
        }
        List<String> kept = carried == null ? List.of() : carried.stream().map(String::strip).distinct().toList();
        Map<String, Wording> errors = new LinkedHashMap<>();
        List<String> unknown = kept.stream().filter(p -> !staying.contains(p)).toList();
        if (!unknown.isEmpty()) {
            errors.put("carried", Wording.of("assemblies.sessions.error.round.notMembers", String.join(", ", unknown)));
        } else if (kept.isEmpty() || kept.size() >= next.panelSize()) {
            errors.put("carried", Wording.of("assemblies.sessions.error.round.carriedCount", next.panelSize() - 1));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return tx.inTransaction(c -> {
            recruitment.setTargets(assemblyId, recruitment.store().assemblies().targets(standingId));
            int round = rounds.open(standingId, assemblyId, kept);
            return rounds.of(standingId).stream().filter(r -> r.round() == round).findFirst().orElseThrow();
        });
    }

    /**
     * Draws a round's new members with a public seed, from the people registered for the round's
     * own assembly, the carried-over members counting against the targets; refused (nothing
     * written) when drawn already, when too few registered, or when no panel meets the targets.
     */
    public Round draw(String standingId, int number, SelectionAlgorithm algorithm, String seed, String by) {
        recruitment.assembly(standingId);
        Round round = rounds.of(standingId).stream().filter(r -> r.round() == number).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("Standing assembly " + standingId + " has no round " + number + "."));
        if (round.isDrawn()) {
            throw Refused.of("seed", "assemblies.sessions.error.round.drawn").withStatus(409);
        }
        if (seed == null || seed.isBlank() || seed.length() > 200) {
            throw Refused.of("seed", "assemblies.error.seed");
        }
        Assembly next = recruitment.assembly(round.assemblyId());
        List<Target> targets = recruitment.store().assemblies().targets(round.assemblyId());
        List<Volunteer> pool = new ArrayList<>();
        for (String pseudonym : round.carried()) {
            Person p = carriedPerson(standingId, pseudonym)
                    .orElseThrow(() -> Refused.of("seed", "assemblies.sessions.error.round.erased", pseudonym).withStatus(409));
            pool.add(SelectionRunner.volunteer(p, targets));
        }
        List<Person> registered = recruitment.store().registrations().people(round.assemblyId());
        registered.forEach(p -> pool.add(SelectionRunner.volunteer(p, targets)));
        int places = next.panelSize() - round.carried().size();
        if (registered.size() < places) {
            throw Refused.of("seed", "assemblies.error.selection.pool", registered.size(), places).withStatus(409);
        }
        List<String> open = new ArrayList<>();
        for (int i = 1; i <= places; i++) {
            open.add("place-" + i);
        }
        List<String> panel = new ArrayList<>(round.carried());
        panel.addAll(open);
        SelectionAlgorithm how = algorithm == null ? SelectionAlgorithm.LEXIMIN : algorithm;
        PanelLottery lottery;
        DrawnPanel drawn;
        try {
            lottery = sortition.replacements(new SelectionRequest(targets, pool, next.panelSize(), how), panel, open);
            drawn = sortition.draw(lottery, seed.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.of("seed", "assemblies.sessions.error.round.infeasible", e.getMessage()).withStatus(409);
        }
        Selections selections = recruitment.store().selections();
        tx.run(c -> {
            int r = selections.queue(round.assemblyId(), false, how, seed.strip(), registered.stream().map(Person::id).toList(), List.of(), by);
            selections.finish(round.assemblyId(), r, new LinkedHashMap<>(lottery.probabilities()), SelectionRunner.distribution(lottery),
                    drawn.memberIds(), drawn.panelIndex(), lottery.minProbability());
            if (!rounds.drawn(standingId, number, seed.strip(), drawn.memberIds(), lottery.minProbability())) {
                throw Refused.of("seed", "assemblies.sessions.error.round.drawn").withStatus(409);
            }
            return null;
        });
        return rounds.of(standingId).stream().filter(r -> r.round() == number).findFirst().orElseThrow();
    }

    /** Who is on the latest round's panel and has not left: the members a new round may carry over. */
    Set<String> membership(String standingId, List<Round> before) {
        Selections selections = recruitment.store().selections();
        if (before.isEmpty()) {
            return stayed(selections.members(standingId));
        }
        Round last = before.get(before.size() - 1);
        Set<String> out = new LinkedHashSet<>(last.carried());
        out.addAll(stayed(selections.members(last.assemblyId())));
        return out;
    }

    private static Set<String> stayed(List<Selections.Member> members) {
        return members.stream().filter(m -> !m.status().leaves()).map(Selections.Member::pseudonym)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A carried-over member's registration, in whichever earlier round they were drawn. */
    private java.util.Optional<Person> carriedPerson(String standingId, String pseudonym) {
        List<String> assemblies = new ArrayList<>(List.of(standingId));
        rounds.of(standingId).forEach(r -> assemblies.add(r.assemblyId()));
        for (String a : assemblies) {
            for (Person p : recruitment.store().registrations().people(a)) {
                if (p.pseudonym().equals(pseudonym)) {
                    return java.util.Optional.of(p);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static Set<String> categories(Assembly a) {
        return a.questions().stream().map(Question::category).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
