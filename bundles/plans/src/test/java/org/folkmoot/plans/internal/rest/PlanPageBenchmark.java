package org.folkmoot.plans.internal.rest;

import java.time.LocalDate;
import java.util.List;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.plans.internal.comments.Comments.NewComment;
import org.folkmoot.plans.internal.compare.Timing;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.PlanLifecycleTestData;
import org.folkmoot.testkit.TestClock;
import org.folkmoot.web.internal.RendererFixture;

/**
 * Issue 14 item 9: a plan page with 5,000 comments, read from the platform's real archive (H2 in
 * PostgreSQL mode, in memory) and rendered in the real page layout, as a signed-out resident sees it;
 * warmed up, then median and p95. The page reads the plan's comments again only when the archive's
 * sequence has moved, so the page is timed with the list cached and the read is timed on its own, cold.
 * Run with {@code bundles/plans/bench.sh page [comments] [runs]}.
 */
public final class PlanPageBenchmark {
    private PlanPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int comments = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 3, 2)));
        FolkmootUser officer = PlansHarness.user("plan-officer", "plans.officer");
        h.api.start(new PlansResource.NewPlan("bench", "neighbourhood-plan", "Benchmark Neighbourhood Plan", "", false,
                Area.locality("Bench"), "Bench Parish Council", null));
        h.api.saveDraft("bench", new PlansResource.Draft(PlanLifecycleTestData.sections("A green village.")), PlansHarness.as(officer));
        h.api.publish("bench", 1, PlansHarness.as(officer));
        h.api.openConsultation("bench", new PlansResource.NewConsultation(1, "pre-submission", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 13), ""), PlansHarness.as(officer));
        long start = System.nanoTime();
        List<String> sections = List.of("", "vision", "green-spaces");
        for (int i = 0; i < comments; i++) {
            FolkmootUser resident = PlansHarness.user("resident-" + (i % 500), "resident");
            String section = sections.get(i % 3);
            h.api.comment("bench", new NewComment("Comment " + i + ": the playing field matters to the village, and the footpath"
                    + " to the school needs lighting before the winter.", section.isEmpty() ? null : section, null, i % 4 == 0 ? "cy" : "en",
                    i % 10 == 0 ? "Bench Civic Society" : null), PlansHarness.as(resident));
        }
        System.out.printf("%d comments stored in %.1f s%n", comments, (System.nanoTime() - start) / 1e9);
        Timing cold = Timing.of(5, Math.min(runs, 30), () -> new org.folkmoot.plans.internal.comments.Comments(h.archive, null,
                new org.folkmoot.platform.internal.privacy.UkRedactor()).of(h.store.plans().get("bench")));
        System.out.printf("the plan's comments read from the archive and redacted, nothing cached: %s%n", cold);
        Timing read = Timing.of(10, runs, () -> h.comments.of(h.store.plans().get("bench")));
        System.out.printf("the same when the archive has not moved since the last read (the cache): %s%n", read);
        int[] size = {0};
        Timing page = Timing.of(10, runs, () -> {
            String html = RendererFixture.render(h.pages.plan("bench", null, null, PlansHarness.as(null)), "plans", "en");
            size[0] = html.length();
            return html;
        });
        System.out.printf("plan page with %d comments (%d kB): %s%n", comments, size[0] / 1024, page);
    }
}
