package org.folkmoot.assemblies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.assemblies.internal.commission.CommissionCheck;
import org.folkmoot.assemblies.internal.registration.CodeAttempts;
import org.folkmoot.assemblies.internal.registration.DrawnCsv;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.Registrant;
import org.folkmoot.assemblies.internal.registration.RegistrationCheck;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.assemblies.internal.store.Registrations;
import org.folkmoot.assemblies.internal.store.Registrations.Household;
import org.folkmoot.assemblies.internal.store.Selections;
import org.folkmoot.assemblies.internal.store.Selections.Member;
import org.folkmoot.assemblies.internal.targets.PoolView;
import org.folkmoot.assemblies.internal.targets.TargetsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What officers and residents do in a recruitment, from the commission to a confirmed panel, each
 * step checked before anything is written: the API and the pages both call this.
 */
@Component(service = Recruitment.class)
public class Recruitment {
    /** The job that runs a selection round: payload {@code <assembly>/<round>}. */
    public static final String SELECTION_JOB = "assemblies.selection";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AssemblyStore store;
    private final JobScheduler jobs;
    private final CodeAttempts attempts;

    @Activate
    public Recruitment(@Reference AssemblyStore store, @Reference JobScheduler jobs) {
        this.store = store;
        this.jobs = jobs;
        this.attempts = new CodeAttempts(store.clock());
    }

    public AssemblyStore store() {
        return store;
    }

    public LocalDate today() {
        return LocalDate.now(store.clock().withZone(LONDON));
    }

    public Assembly assembly(String id) {
        return store.assemblies().find(id).orElseThrow(() -> new NoSuchElementException("There is no assembly " + id + "."));
    }

    /** An assembly the public may see: announced, today or before. */
    public Assembly announced(String id) {
        Assembly a = assembly(id);
        if (!a.isPublic(today())) {
            throw new NoSuchElementException("There is no assembly " + id + ".");
        }
        return a;
    }

    public Assembly commission(Commission c) {
        return store.assemblies().save(CommissionCheck.assembly(c));
    }

    public Assembly fixSeed(String id, String seed) {
        assembly(id);
        return store.assemblies().fixSeed(id, seed);
    }

    /**
     * Stores the households of a draw made with {@code bin/folkmoot lottery} (its {@code drawn.csv}),
     * after checking every key against the seed fixed in public.
     */
    public Registrations.Lottery importDrawn(String id, byte[] drawnCsv, Integer addresses) {
        Assembly a = assembly(id);
        String seed = a.lotterySeed().orElseThrow(() -> Refused.of("seed", "assemblies.error.seed.first").withStatus(409));
        List<Household> households = DrawnCsv.read(drawnCsv, seed);
        Map<String, Integer> perStratum = new LinkedHashMap<>();
        households.forEach(h -> perStratum.merge(h.stratum(), 1, Integer::sum));
        List<Registrations.Stratum> strata = perStratum.entrySet().stream()
                .map(e -> new Registrations.Stratum(e.getKey(), 0, e.getValue(), 0)).toList();
        Registrations.Lottery lottery = new Registrations.Lottery(seed, households.size(),
                addresses == null ? 0 : addresses, HexFormat.of().formatHex(DrawnCsv.sha256(drawnCsv)), strata,
                store.clock().instant());
        store.registrations().addHouseholds(id, households, lottery);
        return lottery;
    }

    /** Draws the civic lottery from the officer's address file, with the seed fixed in public. */
    public LotteryRun.Outcome drawLottery(String id, byte[] addressFile, Integer letters, String strataColumn, String weights) {
        return new LotteryRun(store).draw(assembly(id), addressFile, letters, strataColumn, weights);
    }

    /**
     * Registers a household under its code. {@code client} identifies who is trying codes (the
     * request's origin for the public form), so wrong codes can be rate-limited.
     */
    public List<Person> register(String id, String code, List<Registrant> people, String channel, String enteredBy, String client) {
        Assembly a = announced(id);
        if (!attempts.mayTry(client)) {
            throw Refused.of("code", "assemblies.error.code.tooMany").withStatus(429);
        }
        if (store.selections().rounds(id).stream().anyMatch(s -> !"FAILED".equals(s.state()))) {
            throw Refused.of("code", "assemblies.error.registration.closed").withStatus(409);
        }
        if (code == null || code.isBlank()) {
            throw Refused.of("code", "assemblies.error.code.missing");
        }
        var household = store.registrations().household(id, code);
        if (household.isEmpty()) {
            attempts.wrong(client);
            throw Refused.of("code", "assemblies.error.code.unknown");
        }
        if (household.get().used()) {
            throw Refused.of("code", "assemblies.error.code.used").withStatus(409);
        }
        List<RegistrationCheck.Checked> checked = RegistrationCheck.check(a, people, today());
        return store.registrations().register(id, code, checked, channel, enteredBy);
    }

    public List<Target> setTargets(String id, List<Target> targets) {
        Assembly a = assembly(id);
        List<Target> checked = TargetsCheck.check(a, targets);
        store.assemblies().saveTargets(id, checked);
        return checked;
    }

    public List<PoolView.Row> poolView(String id) {
        assembly(id);
        return PoolView.rows(store.assemblies().targets(id),
                store.registrations().people(id).stream().map(Person::answers).toList());
    }

    /** Queues the selection (round 1) as a background job; the officers' page follows its stage. */
    public int select(String id, SelectionAlgorithm algorithm, String seed, String by) {
        Assembly a = assembly(id);
        checkSeed(seed);
        List<Target> targets = store.assemblies().targets(id);
        if (targets.isEmpty()) {
            throw Refused.of("seed", "assemblies.error.selection.targets").withStatus(409);
        }
        TargetsCheck.check(a, targets);
        List<String> pool = store.registrations().people(id).stream().map(Person::id).toList();
        if (pool.size() < a.panelSize()) {
            throw Refused.of("seed", "assemblies.error.selection.pool", pool.size(), a.panelSize()).withStatus(409);
        }
        int round = store.selections().queue(id, false, algorithm == null ? SelectionAlgorithm.LEXIMIN : algorithm,
                seed.strip(), pool, List.of(), by);
        schedule(id, round);
        return round;
    }

    /** Records what a confirmation call found, or a withdrawal. */
    public Member record(String id, String pseudonym, Selections.Status status, String by) {
        assembly(id);
        if (status == null || status == Selections.Status.SELECTED) {
            throw Refused.of("status", "assemblies.error.status");
        }
        return store.selections().record(id, pseudonym, status, by);
    }

    /**
     * Replaces, from the pool and keeping the quotas, every member who declined, could not be
     * reached or withdrew and has not been replaced yet; only before the first session.
     */
    public int replace(String id, String seed, String by) {
        Assembly a = assembly(id);
        checkSeed(seed);
        if (a.firstSession().map(first -> !today().isBefore(first)).orElse(false)) {
            throw Refused.of("seed", "assemblies.error.replace.started", a.firstSession().get()).withStatus(409);
        }
        Selections selections = store.selections();
        var first = selections.round(id, 1).filter(Selections.Selection::isDone)
                .orElseThrow(() -> Refused.of("seed", "assemblies.error.selection.none").withStatus(409));
        Set<String> replaced = selections.rounds(id).stream().filter(s -> !"FAILED".equals(s.state()))
                .flatMap(s -> s.replaced().stream()).collect(Collectors.toSet());
        List<String> leaving = selections.members(id).stream().filter(m -> m.status().leaves())
                .map(Member::pseudonym).filter(p -> !replaced.contains(p)).toList();
        if (leaving.isEmpty()) {
            throw Refused.of("seed", "assemblies.error.replace.nobody").withStatus(409);
        }
        int round = selections.queue(id, true, first.algorithm(), seed.strip(), first.pool(), leaving, by);
        schedule(id, round);
        return round;
    }

    private void schedule(String id, int round) {
        Instant now = store.clock().instant();
        jobs.schedule(JobRequest.once(SELECTION_JOB, id + "/" + round + "/" + now.toEpochMilli(), now, id + "/" + round));
    }

    private static void checkSeed(String seed) {
        if (seed == null || seed.isBlank() || seed.length() > 200) {
            throw Refused.of("seed", "assemblies.error.seed");
        }
    }
}
