package org.folkmoot.assemblies.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.registration.DrawnCsv;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.Registrant;
import org.folkmoot.assemblies.internal.selection.Outcome;
import org.folkmoot.assemblies.internal.selection.SelectionRunner;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.assemblies.internal.store.Selections;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.sortition.internal.osgi.SortitionComponent;
import org.folkmoot.testkit.TestClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A recruitment on H2 (the platform's default database) with the real sortition service: commission,
 * seed, drawn households, registrations, targets, selection, calls and a replacement, erasure and
 * retention. The selection job is run as the scheduler would run it.
 */
class RecruitmentTest {
    static final String SEED = "Trafford 2027";
    final TestClock clock = TestClock.on(LocalDate.of(2027, 2, 1));
    final List<JobRequest> scheduled = new ArrayList<>();
    AssemblyStore store;
    Recruitment recruitment;
    SelectionRunner runner;

    @BeforeEach
    void start() throws Exception {
        store = AssemblyStore.over(new JdbcTransactions(migrated()), clock);
        recruitment = new Recruitment(store, new RecordingScheduler());
        runner = new SelectionRunner(store, sortition());
    }

    /** A database with the module's V1 schema: H2 in PostgreSQL mode here, a real PostgreSQL in the subclass. */
    DataSource migrated() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:assemblies-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assemblies.sql'");
        }
        return ds;
    }

    static SortitionComponent sortition() throws Exception {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> null);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> m.getName().equals("getBundle") ? bundle : null);
        return new SortitionComponent(context);
    }

    /** Households 1..n with codes CODE0001...; their drawn.csv as bin/folkmoot lottery writes it. */
    static byte[] drawn(int households) {
        StringBuilder csv = new StringBuilder("UPRN,address,stratum,key,registration code\n");
        for (int i = 1; i <= households; i++) {
            String uprn = Long.toString(100_000_000_000L + i);
            csv.append(uprn).append(",\"").append(i).append(" Example Road, Sale\",").append(i % 5 == 0 ? "deprived" : "rest")
                    .append(',').append(DrawnCsv.key(SEED, uprn)).append(",CODE").append(String.format("%04d", i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String code(int i) {
        return "code-" + String.format("%04d", i);
    }

    static Registrant person(String name, LocalDate born, String gender, String area) {
        return new Registrant(name, born, null, name.toLowerCase().replace(' ', '.') + "@example.org", "", Map.of("gender", gender,
                "area", area), true, "", true);
    }

    void commissionAndRegister(int households) {
        recruitment.commission(Fixtures.commission("net-zero", clock.today(), 6));
        recruitment.fixSeed("net-zero", SEED);
        recruitment.importDrawn("net-zero", drawn(households), 5000);
        for (int i = 1; i <= households; i++) {
            LocalDate born = LocalDate.of(i % 2 == 0 ? 1960 : 1995, 1 + i % 12, 1 + i % 28);
            List<Registrant> people = new ArrayList<>(List.of(person("Person " + i, born, i % 3 == 0 ? "male" : "female",
                    i % 4 < 2 ? "north" : "south")));
            if (i % 3 == 1) {
                people.add(person("Partner " + i, born.plusYears(2), "male", i % 4 < 2 ? "north" : "south"));
            }
            recruitment.register("net-zero", code(i), people, "web", "", "client-" + i);
        }
    }

    List<Target> targets() {
        return List.of(new Target("gender", "female", 3, 3, 0, 6), new Target("gender", "male", 3, 3, 0, 6),
                new Target("age", "16-44", 2, 4, 0, 6), new Target("age", "45+", 2, 4, 0, 6),
                new Target("area", "north", 2, 4, 0, 6), new Target("area", "south", 2, 4, 0, 6));
    }

    /** Runs the selection jobs scheduled so far, as the platform's scheduler would; other jobs stay scheduled. */
    void runJobs() {
        for (JobRequest j : List.copyOf(scheduled)) {
            if (Recruitment.SELECTION_JOB.equals(j.name())) {
                int slash = j.payload().lastIndexOf('/');
                runner.run(j.payload().substring(0, slash), Integer.parseInt(j.payload().substring(slash + 1)));
                scheduled.remove(j);
            }
        }
    }

    @Test
    void fromTheCommissionToAConfirmedPanelWithAReplacement() {
        commissionAndRegister(24);
        List<Person> people = store.registrations().people("net-zero");
        assertEquals(24 + 8, people.size());
        assertEquals(24, people.stream().map(Person::householdCode).distinct().count(), "one household per code");

        recruitment.setTargets("net-zero", targets());
        int round = recruitment.select("net-zero", SelectionAlgorithm.LEXIMIN, "selection seed", "officer");
        assertEquals(1, round);
        assertEquals("queued", store.selections().round("net-zero", 1).orElseThrow().stage());
        runJobs();
        Selections.Selection first = store.selections().round("net-zero", 1).orElseThrow();
        assertEquals("DONE", first.state(), first.problem().orElse(""));
        assertEquals(6, first.panel().size());
        assertEquals(people.size(), first.probabilities().size());
        assertEquals(6.0, first.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-4);
        assertTrue(first.distribution().startsWith("panel,probability,members\n1,"));
        Map<String, Person> byPseudonym = new HashMap<>();
        people.forEach(p -> byPseudonym.put(p.pseudonym(), p));
        assertEquals(6, first.panel().stream().map(p -> byPseudonym.get(p).householdCode()).distinct().count(),
                "one person per household");
        meetsTargets(first.panel(), byPseudonym);

        // Registration is closed once members are selected.
        Refused closed = assertThrows(Refused.class, () -> recruitment.register("net-zero", code(1), List.of(), "web", "", "x"));
        assertEquals(409, closed.status());

        // Calls: one declines; the replacement keeps the quotas and never brings back anyone drawn.
        String leaver = first.panel().get(0);
        for (String p : first.panel().subList(1, 6)) {
            recruitment.record("net-zero", p, Selections.Status.CONFIRMED, "caller");
        }
        recruitment.record("net-zero", leaver, Selections.Status.DECLINED, "caller");
        assertEquals(2, recruitment.replace("net-zero", "replacement seed", "officer"));
        runJobs();
        Selections.Selection second = store.selections().round("net-zero", 2).orElseThrow();
        assertEquals("DONE", second.state(), second.problem().orElse(""));
        assertEquals(List.of(leaver), second.replaced());
        assertEquals(1, second.panel().size());
        assertFalse(first.panel().contains(second.panel().get(0)));
        List<String> panel = new ArrayList<>(first.panel().subList(1, 6));
        panel.addAll(second.panel());
        meetsTargets(panel, byPseudonym);
        assertEquals(409, assertThrows(Refused.class, () -> recruitment.replace("net-zero", "again", "officer")).status(),
                "nobody left to replace");

        // Logistics: attendance per session and a payment, for the finance team's CSV.
        String paid = second.panel().get(0);
        String paidId = store.registrations().person("net-zero", paid).orElseThrow().id();
        store.logistics().attendance(paidId, clock.today().plusDays(40), true);
        store.logistics().attendance(paidId, clock.today().plusDays(40), false);
        assertEquals(List.of(new org.folkmoot.assemblies.internal.store.Logistics.Attendance(paid, clock.today().plusDays(40), false)),
                store.logistics().attendance("net-zero"), "recorded again, the later record stands");
        store.logistics().pay(paidId, org.folkmoot.assemblies.internal.store.Logistics.Kind.EXPENSE, 1250, clock.today(), "Bus fares");
        assertEquals(422, assertThrows(Refused.class, () -> store.logistics().pay(paidId,
                org.folkmoot.assemblies.internal.store.Logistics.Kind.PAYMENT, 0, clock.today(), "")).status());
        String finance = store.logistics().financeCsv("net-zero");
        assertTrue(finance.startsWith("member,name,kind,amount_gbp,date_paid,description"), finance);
        assertTrue(finance.contains(paid + "," + byPseudonym.get(paid).name() + ",expense,12.50," + clock.today() + ",Bus fares"), finance);

        // Erasure on request: gone from registrations, the pseudonym stays on the panel linked to nobody.
        String erased = second.panel().get(0);
        assertTrue(store.registrations().erase("net-zero", erased));
        assertTrue(store.registrations().person("net-zero", erased).isEmpty());
        assertTrue(store.selections().members("net-zero").stream().anyMatch(m -> m.pseudonym().equals(erased)));
        assertTrue(store.logistics().attendance("net-zero").isEmpty() && store.logistics().payments("net-zero").isEmpty(),
                "erasure reaches attendance and payments");

        // Retention: nothing is deleted before the date, everything after it.
        assertEquals(0, store.registrations().eraseExpired(clock.today().plusDays(365)));
        assertEquals(people.size() - 1, store.registrations().eraseExpired(clock.today().plusDays(366)));
        assertTrue(store.registrations().people("net-zero").isEmpty());
        assertTrue(store.registrations().households("net-zero").stream().allMatch(h -> h.address().isEmpty()));
    }

    void meetsTargets(List<String> panel, Map<String, Person> people) {
        for (Target t : targets()) {
            long n = panel.stream().filter(p -> t.value().equals(people.get(p).answers().get(t.category()))).count();
            assertTrue(n >= t.min() && n <= t.max(), t + ": " + n);
        }
    }

    @Test
    void aUsedCodeAWrongCodeAndABadFormWriteNothing() {
        recruitment.commission(Fixtures.commission("net-zero", clock.today(), 6));
        assertEquals(409, assertThrows(Refused.class, () -> recruitment.importDrawn("net-zero", drawn(2), null)).status(),
                "the seed comes first");
        recruitment.fixSeed("net-zero", SEED);
        assertEquals(409, assertThrows(Refused.class, () -> recruitment.fixSeed("net-zero", "a better seed")).status(),
                "a fixed seed never changes");
        recruitment.importDrawn("net-zero", drawn(2), null);
        Registrant ann = person("Ann Example", LocalDate.of(1980, 1, 1), "female", "north");
        recruitment.register("net-zero", code(1), List.of(ann), "web", "", "c");
        Refused used = assertThrows(Refused.class, () -> recruitment.register("net-zero", "CODE 0001", List.of(ann), "web", "", "c"));
        assertEquals(409, used.status());
        assertEquals("assemblies.error.code.used", used.errors().get("code").key());

        Registrant future = new Registrant("Bo", clock.today().plusDays(3), null, "bo@example.org", "", Map.of("gender", "male",
                "area", "south"), true, "", true);
        Refused bad = assertThrows(Refused.class, () -> recruitment.register("net-zero", code(2), List.of(ann, future), "web", "", "c"));
        assertEquals(Set.of("p2-dob"), bad.errors().keySet());
        assertFalse(store.registrations().household("net-zero", code(2)).orElseThrow().used(), "the code is still unused");
        assertEquals(1, store.registrations().people("net-zero").size(), "nobody of the refused household was kept");

        for (int i = 0; i < 10; i++) {
            Refused wrong = assertThrows(Refused.class, () -> recruitment.register("net-zero", "WRONG-CODE", List.of(ann), "web", "", "guesser"));
            assertEquals("assemblies.error.code.unknown", wrong.errors().get("code").key());
        }
        Refused tooMany = assertThrows(Refused.class, () -> recruitment.register("net-zero", code(2), List.of(ann), "web", "", "guesser"));
        assertEquals(429, tooMany.status(), "even a right code waits after ten wrong ones");
        recruitment.register("net-zero", code(2), List.of(ann), "phone", "officer", "another client");
        assertTrue(store.registrations().people("net-zero").stream()
                .anyMatch(p -> p.channel().equals("phone") && p.enteredBy().equals("officer")));
    }

    @Test
    void quotasNoPanelCanMeetAreNamedWithTheClosestRelaxation() {
        commissionAndRegister(12);
        // Only three households hold someone aged 16-44 in the north: six such members cannot be found.
        long youngNorth = store.registrations().people("net-zero").stream()
                .filter(p -> p.answers().get("age").equals("16-44") && p.answers().get("area").equals("north"))
                .map(Person::householdCode).distinct().count();
        assertEquals(3, youngNorth);
        recruitment.setTargets("net-zero", List.of(new Target("gender", "female", 0, 6, 0, 6), new Target("gender", "male", 0, 6, 0, 6),
                new Target("age", "16-44", 6, 6, 0, 6), new Target("age", "45+", 0, 0, 0, 6),
                new Target("area", "north", 6, 6, 0, 6), new Target("area", "south", 0, 0, 0, 6)));
        recruitment.select("net-zero", SelectionAlgorithm.LEXIMIN, "seed", "officer");
        runJobs();
        Selections.Selection failed = store.selections().round("net-zero", 1).orElseThrow();
        assertEquals("FAILED", failed.state());
        Outcome outcome = Outcome.read(failed.problem().orElseThrow());
        assertTrue(outcome.infeasible(), outcome.toString());
        Set<String> moved = new HashSet<>();
        outcome.changes().forEach(c -> moved.add(c.category() + "/" + c.value()));
        assertTrue(!moved.isEmpty() && moved.stream().noneMatch(m -> m.startsWith("gender/")), outcome.toString());
        assertEquals(6, outcome.changes().stream().mapToInt(Outcome.Change::by).sum(), "three places, each moved out of one group into another");
        // A failed round may be run again once the targets are mended.
        recruitment.setTargets("net-zero", targets());
        assertEquals(1, recruitment.select("net-zero", SelectionAlgorithm.MAXIMIN, "seed 2", "officer"));
        runJobs();
        assertEquals("DONE", store.selections().round("net-zero", 1).orElseThrow().state());
    }

    @Test
    void theDemoHasAnAssemblyInRecruitmentAndOneWithAPublishedPanel() throws Exception {
        AssembliesDemo.load(recruitment, sortition());
        var lottery = store.registrations().lottery(AssembliesDemo.RECRUITING).orElseThrow();
        assertEquals(600, lottery.letters());
        assertEquals(3000, lottery.addresses());
        assertTrue(lottery.strata().size() > 10, "letters shared between Trafford's wards: " + lottery.strata());
        assertTrue(recruitment.poolView(AssembliesDemo.RECRUITING).stream().anyMatch(r -> r.isShort()), "some groups are short");
        Selections.Selection first = store.selections().round(AssembliesDemo.SELECTED, 1).orElseThrow();
        assertEquals("DONE", first.state(), first.problem().orElse(""));
        Selections.Selection second = store.selections().round(AssembliesDemo.SELECTED, 2).orElseThrow();
        assertEquals("DONE", second.state(), second.problem().orElse(""));
        assertEquals(13, store.selections().members(AssembliesDemo.SELECTED).size(), "12 places, one declined and replaced");
    }

    /** Records what is scheduled; the test runs the jobs as the scheduler would. */
    final class RecordingScheduler implements JobScheduler {
        @Override
        public boolean schedule(Connection tx, JobRequest request) {
            return schedule(request);
        }

        @Override
        public boolean schedule(JobRequest request) {
            scheduled.add(request);
            return true;
        }

        @Override
        public boolean cancel(Connection tx, String name, String key) {
            return false;
        }

        @Override
        public Optional<JobStatus> job(String name, String key) {
            return Optional.empty();
        }

        @Override
        public List<JobStatus> jobs(String name) {
            return List.of();
        }
    }
}
