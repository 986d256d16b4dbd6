package org.folkmoot.assemblies.internal.recommendations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.registration.CodeAttempts;
import org.folkmoot.assemblies.internal.response.ResponseDeadline;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.assemblies.internal.store.Selections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What happens to an assembly's recommendations during deliberation: drafting and redrafting them,
 * the threshold rule, and the votes, entered from a count or cast on members' devices. Each step
 * is checked before anything is written, and written in one transaction. The API and the pages
 * both call this.
 */
@Component(service = Recommendations.class)
public class Recommendations {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AssemblyStore assemblies;
    private final Transactions tx;
    private final JobScheduler jobs;
    private final DeliberationStore store = new DeliberationStore();
    private final VoteCodes codes = new VoteCodes();
    private final CodeAttempts attempts;

    @Activate
    public Recommendations(@Reference AssemblyStore assemblies, @Reference Transactions tx, @Reference JobScheduler jobs) {
        this.assemblies = assemblies;
        this.tx = tx;
        this.jobs = jobs;
        this.attempts = new CodeAttempts(assemblies.clock());
    }

    public LocalDate today() {
        return LocalDate.now(assemblies.clock().withZone(LONDON));
    }

    public AssemblyStore assemblies() {
        return assemblies;
    }

    public Transactions transactions() {
        return tx;
    }

    public DeliberationStore store() {
        return store;
    }

    public Assembly assembly(String id) {
        return assemblies.assemblies().find(id).orElseThrow(() -> new NoSuchElementException("There is no assembly " + id + "."));
    }

    /** An assembly the public may see (announced, today or before). */
    public Assembly announced(String id) {
        Assembly a = assembly(id);
        if (!a.isPublic(today())) {
            throw new NoSuchElementException("There is no assembly " + id + ".");
        }
        return a;
    }

    /** The assembly's settings; the defaults (75%, abstentions counted, reports at 3 then every 6 months) until an officer sets them. */
    public Deliberation settings(String id) {
        assembly(id);
        return tx.inTransaction(c -> store.settings(c, id)).orElse(Deliberation.defaults(id, ""));
    }

    public Deliberation configure(String id, ThresholdRule rule, Integer firstReportMonths, Integer reportEveryMonths, String by) {
        assembly(id);
        Map<String, Wording> errors = new LinkedHashMap<>();
        if (firstReportMonths != null && (firstReportMonths < 1 || firstReportMonths > 24)) {
            errors.put("firstReportMonths", Wording.of("assemblies.recommendations.error.months"));
        }
        if (reportEveryMonths != null && (reportEveryMonths < 1 || reportEveryMonths > 24)) {
            errors.put("reportEveryMonths", Wording.of("assemblies.recommendations.error.months"));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return tx.inTransaction(c -> {
            store.requireOpen(c, id);
            Deliberation d = new Deliberation(id, rule,
                    firstReportMonths == null ? Deliberation.FIRST_REPORT_MONTHS : firstReportMonths,
                    reportEveryMonths == null ? Deliberation.REPORT_EVERY_MONTHS : reportEveryMonths, by, Optional.empty());
            store.save(c, d);
            return d;
        });
    }

    /** Closes the assembly's record: no vote, response or action changes after this. */
    public void close(String id, String by) {
        assembly(id);
        tx.run(c -> {
            store.requireOpen(c, id);
            if (store.settings(c, id).isEmpty()) {
                store.save(c, Deliberation.defaults(id, by));
            }
            store.close(c, id, assemblies.clock().instant());
            return null;
        });
    }

    public List<Recommendation> recommendations(String id) {
        assembly(id);
        return tx.inTransaction(c -> store.all(c, id));
    }

    public Recommendation recommendation(String id, int number) {
        assembly(id);
        return tx.inTransaction(c -> store.find(c, id, number))
                .orElseThrow(() -> new NoSuchElementException("Assembly " + id + " has no recommendation " + number + "."));
    }

    /** A new recommendation drafted by members; returns its number. */
    public int draft(String id, Draft draft, String officer) {
        assembly(id);
        Draft d = draft == null ? new Draft(null, null, null, null, null, null).checked() : draft.checked();
        return tx.inTransaction(c -> {
            store.requireOpen(c, id);
            if (store.settings(c, id).isEmpty()) {
                store.save(c, Deliberation.defaults(id, officer));
            }
            return store.create(c, id, d, assemblies.clock().instant());
        });
    }

    /** A new wording of a recommendation not yet put to the vote; returns the new version's number. */
    public int revise(String id, int number, Draft draft) {
        Draft d = draft == null ? new Draft(null, null, null, null, null, null).checked() : draft.checked();
        return tx.inTransaction(c -> {
            store.requireOpen(c, id);
            Recommendation r = found(c, id, number);
            if (r.vote().isPresent()) {
                throw Refused.of("textEn", "assemblies.recommendations.error.voted", number).withStatus(409);
            }
            RecommendationVersion now = r.current();
            if (now.title().en().equals(d.titleEn()) && now.title().cy().equals(d.titleCy()) && now.text().en().equals(d.textEn())
                    && now.text().cy().equals(d.textCy())) {
                throw Refused.of("textEn", "assemblies.recommendations.error.unchanged");
            }
            int version = now.version() + 1;
            store.addVersion(c, id, number, version, d, assemblies.clock().instant());
            return version;
        });
    }

    /** What changed from one version to another, word by word, in a language. */
    public List<WordingComparison.Piece> compare(String id, int number, int from, int to, String language) {
        Recommendation r = recommendation(id, number);
        RecommendationVersion a = r.version(from).orElseThrow(() -> Refused.of("from", "assemblies.recommendations.error.version", from));
        RecommendationVersion b = r.version(to).orElseThrow(() -> Refused.of("to", "assemblies.recommendations.error.version", to));
        boolean cy = "cy".equals(language);
        return WordingComparison.compare(cy ? a.text().cy() : a.text().en(), cy ? b.text().cy() : b.text().en());
    }

    /**
     * The assembly's members at a vote: those on the panel who have not left. An assembly recruited
     * outside Folkmoot (no panel here) counts its panel size.
     */
    public List<String> members(String id) {
        return assemblies.selections().members(id).stream().filter(m -> !m.status().leaves())
                .map(Selections.Member::pseudonym).toList();
    }

    public int membership(String id) {
        List<String> members = members(id);
        return members.isEmpty() ? assembly(id).panelSize() : members.size();
    }

    /** A count from paper ballots or a show of hands, entered by a facilitator: the vote is over. */
    public Vote enterCount(String id, int number, Tally tally, LocalDate heldOn, String by) {
        Assembly a = assembly(id);
        checkHeldOn(a, heldOn);
        int membership = membership(id);
        if (tally.total() > membership) {
            throw Refused.of("inFavour", "assemblies.recommendations.error.tooMany", tally.total(), membership);
        }
        return tx.inTransaction(c -> {
            Recommendation r = votable(c, id, number);
            Vote v = new Vote(r.current().version(), VoteMethod.COUNT, false, tally, membership, rule(c, id), heldOn);
            store.insertVote(c, id, number, v, by, assemblies.clock().instant());
            ResponseDeadline.plan(c, jobs, a, assemblies.clock());
            return v;
        });
    }

    /** A code handed to one member for one recommendation; shown once. */
    public record IssuedCode(String member, String code) {
    }

    /**
     * Opens voting on members' devices: one one-time code per member, to be handed out in the
     * session. The codes are shown only in the answer; only their hashes are kept.
     */
    public List<IssuedCode> openDeviceVote(String id, int number, LocalDate heldOn, String by) {
        Assembly a = assembly(id);
        checkHeldOn(a, heldOn);
        List<String> members = members(id);
        if (members.isEmpty()) {
            throw Refused.of("method", "assemblies.recommendations.error.noPanel").withStatus(409);
        }
        List<String> issued = codes.issue(members.size());
        return tx.inTransaction(c -> {
            Recommendation r = votable(c, id, number);
            store.insertVote(c, id, number, new Vote(r.current().version(), VoteMethod.DEVICES, true, new Tally(0, 0, 0),
                    members.size(), rule(c, id), heldOn), by, assemblies.clock().instant());
            List<IssuedCode> out = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                store.addCode(c, id, number, members.get(i), VoteCodes.sha256(issued.get(i)));
                out.add(new IssuedCode(members.get(i), issued.get(i)));
            }
            return out;
        });
    }

    /** The recommendation a code is for, while its vote is open: the member sees its wording before choosing. */
    public Recommendation ballotPaper(String id, String typedCode, String client) {
        DeliberationStore.CodeHolder holder = holder(id, typedCode, client);
        return recommendation(holder.assemblyId(), holder.number());
    }

    /** A member's vote with their one-time code; returns the recommendation's number. */
    public int cast(String id, String typedCode, String choice, String client) {
        Choice chosen;
        try {
            chosen = Choice.valueOf(choice == null ? "" : choice);
        } catch (IllegalArgumentException e) {
            throw Refused.of("choice", "assemblies.recommendations.error.choice");
        }
        DeliberationStore.CodeHolder holder = holder(id, typedCode, client);
        String hash = VoteCodes.hash(typedCode).orElseThrow();
        return tx.inTransaction(c -> {
            if (!store.cast(c, hash, holder.assemblyId(), holder.number(), chosen, assemblies.clock().instant())) {
                throw Refused.of("code", "assemblies.recommendations.error.codeUsed").withStatus(409);
            }
            return holder.number();
        });
    }

    /** Ends voting on devices: the counts are final and the result is published. */
    public Vote closeDeviceVote(String id, int number) {
        Assembly a = assembly(id);
        return tx.inTransaction(c -> {
            store.requireOpen(c, id);
            found(c, id, number);
            if (!store.closeVote(c, id, number)) {
                throw Refused.of("number", "assemblies.recommendations.error.notOpen", number).withStatus(409);
            }
            ResponseDeadline.plan(c, jobs, a, assemblies.clock());
            return store.find(c, id, number).flatMap(Recommendation::vote).orElseThrow();
        });
    }

    /** How many members have voted on an open vote (never who, never how). */
    public int turnout(String id, int number) {
        return tx.inTransaction(c -> store.codesUsed(c, id, number));
    }

    private DeliberationStore.CodeHolder holder(String id, String typedCode, String client) {
        if (!attempts.mayTry(client)) {
            throw Refused.of("code", "assemblies.recommendations.error.codeTooMany").withStatus(429);
        }
        Optional<String> hash = VoteCodes.hash(typedCode);
        Optional<DeliberationStore.CodeHolder> holder = hash.isEmpty() ? Optional.empty()
                : tx.inTransaction(c -> store.code(c, hash.get())).filter(h -> h.assemblyId().equals(id));
        if (holder.isEmpty()) {
            attempts.wrong(client);
            throw Refused.of("code", "assemblies.recommendations.error.code");
        }
        if (holder.get().used()) {
            throw Refused.of("code", "assemblies.recommendations.error.codeUsed").withStatus(409);
        }
        if (!holder.get().open()) {
            throw Refused.of("code", "assemblies.recommendations.error.voteClosed").withStatus(409);
        }
        return holder.get();
    }

    private Recommendation votable(java.sql.Connection c, String id, int number) throws java.sql.SQLException {
        store.requireOpen(c, id);
        Recommendation r = found(c, id, number);
        if (r.vote().isPresent()) {
            throw Refused.of("inFavour", "assemblies.recommendations.error.twice", number).withStatus(409);
        }
        return r;
    }

    private Recommendation found(java.sql.Connection c, String id, int number) throws java.sql.SQLException {
        return store.find(c, id, number)
                .orElseThrow(() -> new NoSuchElementException("Assembly " + id + " has no recommendation " + number + "."));
    }

    private ThresholdRule rule(java.sql.Connection c, String id) throws java.sql.SQLException {
        return store.settings(c, id).map(Deliberation::rule).orElse(ThresholdRule.DEFAULT);
    }

    private void checkHeldOn(Assembly a, LocalDate heldOn) {
        if (heldOn == null) {
            throw Refused.of("heldOn", "assemblies.recommendations.error.heldOn.missing");
        }
        if (heldOn.isAfter(today()) || heldOn.isBefore(a.announcedOn())) {
            throw Refused.of("heldOn", "assemblies.recommendations.error.heldOn", a.announcedOn(), today());
        }
    }
}
