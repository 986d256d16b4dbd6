package org.folkmoot.assemblies.internal.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
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
import org.folkmoot.assemblies.internal.selection.Outcome;
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
 * replaced there as part 1 does. The draw runs in the background ({@link #DRAW_JOB}), its stage kept
 * with that selection so any runtime can show it.
 */
@Component(service = StandingAssembly.class)
public class StandingAssembly {
    /** The job that draws a round's new members: payload {@code <first round's assembly>/<round>}. */
    public static final String DRAW_JOB = "assemblies.round-draw";
    private final Recruitment recruitment;
    private final SortitionService sortition;
    private final Transactions tx;
    private final Rounds rounds;
    private final JobScheduler jobs;

    @Activate
    public StandingAssembly(@Reference Recruitment recruitment, @Reference SortitionService sortition, @Reference Transactions tx,
            @Reference JobScheduler jobs, @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=assemblies)") ModuleSchema schema) {
        this(recruitment, sortition, tx, jobs);
    }

    public StandingAssembly(Recruitment recruitment, SortitionService sortition, Transactions tx, JobScheduler jobs) {
        this.recruitment = recruitment;
        this.sortition = sortition;
        this.tx = tx;
        this.jobs = jobs;
        this.rounds = new Rounds(tx, recruitment.store().clock());
    }

    public Recruitment recruitment() {
        return recruitment;
    }

    public List<Round> rounds(String standingId) {
        recruitment.assembly(standingId);
        return rounds.of(standingId);
    }

    /** The round an assembly is, when it is a later round of a standing assembly. */
    public java.util.Optional<Round> roundOf(String assemblyId) {
        return rounds.byAssembly(assemblyId);
    }

    /** The standing assembly an assembly belongs to (itself for a first round), and its rounds. */
    public String standingOf(String assemblyId) {
        return rounds.byAssembly(assemblyId).map(Round::standingId).orElse(assemblyId);
    }

    /**
     * The members the next round may carry over: those on the latest round's panel who have not
     * left (declined, could not be reached, withdrew), in panel order.
     */
    public List<String> eligible(String standingId) {
        recruitment.assembly(standingId);
        return List.copyOf(membership(standingId, rounds.of(standingId)));
    }

    /**
     * Opens the next round: {@code assemblyId} is its own assembly, already commissioned with the same
     * stratification questions; {@code carried} are members of the round before who stay (at least
     * one, fewer than the round's panel), ticked by the officers. The first round's targets are copied to
     * it ({@link #scaled} to its panel when that is of another size).
     */
    public Round open(String standingId, String assemblyId, List<String> carried) {
        List<String> kept = carried == null ? List.of() : carried.stream().map(String::strip).distinct().toList();
        return open(standingId, assemblyId, (eligible, next) -> {
            List<String> unknown = kept.stream().filter(p -> !eligible.contains(p)).toList();
            if (!unknown.isEmpty()) {
                throw Refused.of("carried", "assemblies.sessions.error.round.notMembers", String.join(", ", unknown));
            }
            if (kept.isEmpty() || kept.size() >= next.panelSize()) {
                throw Refused.of("carried", "assemblies.sessions.error.round.carriedCount", next.panelSize() - 1);
            }
            return kept;
        }, null);
    }

    /**
     * Opens the next round carrying over {@code count} members chosen by lot ({@link CarryOver}) with
     * a public seed, from those who may carry over; anyone can recompute the choice.
     */
    public Round openByLot(String standingId, String assemblyId, Integer count, String seed) {
        String lotSeed = seed == null ? "" : seed.strip();
        return open(standingId, assemblyId, (eligible, next) -> {
            Map<String, Wording> errors = new LinkedHashMap<>();
            int most = Math.min(eligible.size(), next.panelSize() - 1);
            if (count == null || count < 1 || count > most) {
                errors.put("carryCount", Wording.of("assemblies.rounds.error.carryCount", most, eligible.size(), next.panelSize()));
            }
            if (lotSeed.isEmpty() || lotSeed.length() > 200) {
                errors.put("carrySeed", Wording.of("assemblies.error.seed"));
            }
            if (!errors.isEmpty()) {
                throw new Refused(errors, 422);
            }
            return CarryOver.byLot(eligible, lotSeed, count);
        }, lotSeed);
    }

    /** Chooses the members carried over from those who may be, or refuses (422, beside the field). */
    private interface Choice {
        List<String> choose(Set<String> eligible, Assembly next);
    }

    private Round open(String standingId, String assemblyId, Choice choice, String carrySeed) {
        Assembly standing = recruitment.assembly(standingId);
        Assembly next = recruitment.store().assemblies().find(assemblyId == null ? "" : assemblyId.strip())
                .orElseThrow(() -> Refused.of("assembly", "assemblies.rounds.error.assembly", assemblyId == null ? "" : assemblyId.strip()));
        if (rounds.byAssembly(standingId).isPresent()) {
            throw Refused.of("standing", "assemblies.sessions.error.round.notFirst", standingId).withStatus(409);
        }
        if (next.id().equals(standingId) || rounds.byAssembly(next.id()).isPresent()
                || recruitment.store().selections().rounds(next.id()).stream().anyMatch(s -> !"FAILED".equals(s.state()))) {
            throw Refused.of("assembly", "assemblies.sessions.error.round.taken", next.id()).withStatus(409);
        }
        if (!categories(standing).equals(categories(next))) {
            throw Refused.of("assembly", "assemblies.sessions.error.round.questions", String.join(", ", categories(standing)));
        }
        List<Round> before = rounds.of(standingId);
        if (!before.isEmpty() && !before.get(before.size() - 1).wasDrawn()) {
            throw Refused.of("assembly", "assemblies.sessions.error.round.previousNotDrawn").withStatus(409);
        }
        Set<String> staying = membership(standingId, before);
        if (staying.isEmpty()) {
            throw Refused.of("standing", "assemblies.sessions.error.round.notSelected", standingId).withStatus(409);
        }
        List<String> kept = choice.choose(staying, next);
        return tx.inTransaction(c -> {
            recruitment.setTargets(next.id(), scaled(recruitment.store().assemblies().targets(standingId), standing.panelSize(),
                    next.panelSize()));
            int round = rounds.open(standingId, next.id(), kept, carrySeed, List.copyOf(staying));
            return rounds.of(standingId).stream().filter(r -> r.round() == round).findFirst().orElseThrow();
        });
    }

    /** A round of a standing assembly; {@link java.util.NoSuchElementException} when it has none of that number. */
    public Round round(String standingId, int number) {
        recruitment.assembly(standingId);
        return rounds.of(standingId).stream().filter(r -> r.round() == number).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("Standing assembly " + standingId + " has no round " + number + "."));
    }

    /**
     * Withdraws a round not drawn yet (to open it again with other members or another assembly):
     * refused (409) once drawn or while being drawn. The round's assembly keeps its registrations
     * and targets, and may be opened as a round again.
     */
    public void withdraw(String standingId, int number) {
        Round round = round(standingId, number);
        if (round.wasDrawn()) {
            throw Refused.of("withdraw", "assemblies.sessions.error.round.drawn").withStatus(409);
        }
        if (progress(round).isWorking()) {
            throw Refused.of("withdraw", "assemblies.error.selection.running").withStatus(409);
        }
        if (!rounds.withdraw(standingId, number)) {
            throw Refused.of("withdraw", "assemblies.sessions.error.round.drawn").withStatus(409);
        }
    }

    /** Where a round's draw is: its own assembly's first selection, when one was asked for. */
    public RoundDraw progress(Round round) {
        return new RoundDraw(round, recruitment.store().selections().round(round.assemblyId(), 1));
    }

    /**
     * Asks for a round's new members to be drawn with a public seed, in the background (the
     * {@value #DRAW_JOB} job): the draw is queued as the round's assembly's first selection, whose
     * stage the pages show, and the job scheduled in the same transaction. Refused, with nothing
     * written, when drawn already or being drawn (409), when a member carried over is no longer
     * registered or too few registered for the places (409), or for a bad seed (422).
     */
    public Round requestDraw(String standingId, int number, SelectionAlgorithm algorithm, String seed, String by) {
        Round round = round(standingId, number);
        if (round.wasDrawn()) {
            throw Refused.of("seed", "assemblies.sessions.error.round.drawn").withStatus(409);
        }
        if (seed == null || seed.isBlank() || seed.length() > 200) {
            throw Refused.of("seed", "assemblies.error.seed");
        }
        Assembly next = recruitment.assembly(round.assemblyId());
        for (String pseudonym : round.carried()) {
            if (carriedPerson(standingId, pseudonym).isEmpty()) {
                throw Refused.of("seed", "assemblies.sessions.error.round.erased", pseudonym).withStatus(409);
            }
        }
        List<Person> registered = recruitment.store().registrations().people(round.assemblyId());
        int places = next.panelSize() - round.carried().size();
        if (registered.size() < places) {
            throw Refused.of("seed", "assemblies.error.selection.pool", registered.size(), places).withStatus(409);
        }
        SelectionAlgorithm how = algorithm == null ? SelectionAlgorithm.LEXIMIN : algorithm;
        Selections selections = recruitment.store().selections();
        tx.run(c -> {
            selections.queue(round.assemblyId(), false, how, seed.strip(), registered.stream().map(Person::id).toList(), List.of(), by);
            Instant now = recruitment.store().clock().instant();
            jobs.schedule(c, JobRequest.once(DRAW_JOB, standingId + "/" + number + "/" + now.toEpochMilli(), now, standingId + "/" + number));
            return null;
        });
        return round;
    }

    /**
     * Runs a queued draw (the job): the pool of the carried-over members and the round's own
     * registrations, the replacement lottery with the carried-over members as those who stay, the
     * draw with the round's seed; the result kept with the round and published as its assembly's
     * first selection in one transaction. A draw that cannot be made ends as failed, with why, and
     * can be asked for again; a job delivered twice does nothing the second time.
     */
    public void runDraw(String standingId, int number) {
        Round round = rounds.of(standingId).stream().filter(r -> r.round() == number).findFirst().orElse(null);
        Selections selections = recruitment.store().selections();
        Selections.Selection queued = round == null ? null : selections.round(round.assemblyId(), 1).orElse(null);
        if (queued == null || !queued.isWorking() || round.wasDrawn()) {
            return;
        }
        String assemblyId = round.assemblyId();
        try {
            selections.stage(assemblyId, 1, "pool");
            Assembly next = recruitment.assembly(assemblyId);
            List<Target> targets = recruitment.store().assemblies().targets(assemblyId);
            List<Volunteer> pool = new ArrayList<>();
            for (String pseudonym : round.carried()) {
                Person p = carriedPerson(standingId, pseudonym).orElseThrow(() -> new IllegalArgumentException(
                        Wording.of("assemblies.sessions.error.round.erased", pseudonym).in("en")));
                pool.add(SelectionRunner.volunteer(p, targets));
            }
            Set<String> inPool = new HashSet<>(queued.pool());
            recruitment.store().registrations().people(assemblyId).stream().filter(p -> inPool.contains(p.id()))
                    .forEach(p -> pool.add(SelectionRunner.volunteer(p, targets)));
            int places = next.panelSize() - round.carried().size();
            List<String> open = new ArrayList<>();
            for (int i = 1; i <= places; i++) {
                open.add("place-" + i);
            }
            List<String> panel = new ArrayList<>(round.carried());
            panel.addAll(open);
            selections.stage(assemblyId, 1, "lottery");
            PanelLottery lottery = sortition.replacements(new SelectionRequest(targets, pool, next.panelSize(), queued.algorithm()), panel, open);
            selections.stage(assemblyId, 1, "draw");
            DrawnPanel drawn = sortition.draw(lottery, queued.seed());
            tx.run(c -> {
                selections.finish(assemblyId, 1, new LinkedHashMap<>(lottery.probabilities()), SelectionRunner.distribution(lottery),
                        drawn.memberIds(), drawn.panelIndex(), lottery.minProbability());
                if (!rounds.drawn(standingId, number, queued.seed(), drawn.memberIds(), lottery.minProbability())) {
                    throw new IllegalStateException("Round " + number + " of " + standingId + " was drawn meanwhile.");
                }
                return null;
            });
        } catch (IllegalArgumentException e) {
            selections.fail(assemblyId, 1, Outcome.problem(e.getMessage(), List.of()));
        }
    }

    /**
     * The first round's targets for a round's panel: the same when the panels are the same size,
     * else in proportion, each minimum rounded down and each maximum up, so the minimums still add up
     * to no more than the panel and the maximums to no less.
     */
    static List<Target> scaled(List<Target> targets, int from, int to) {
        if (from == to) {
            return targets;
        }
        double r = (double) to / from;
        return targets.stream().map(t -> new Target(t.category(), t.value(), (int) Math.floor(t.min() * r),
                Math.min(to, (int) Math.ceil(t.max() * r)), (int) Math.floor(t.minFlex() * r), Math.min(to, (int) Math.ceil(t.maxFlex() * r))))
                .toList();
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
