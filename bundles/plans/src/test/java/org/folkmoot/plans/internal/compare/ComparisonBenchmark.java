package org.folkmoot.plans.internal.compare;

import java.util.Map;

import org.folkmoot.api.web.Page;
import org.folkmoot.web.internal.RendererFixture;

/**
 * Benchmark (issue 14, item 9): two versions of a 40,000-word plan compared, and the comparison rendered as the page
 * fragment in the real layout, in English and in Welsh; warmed up, then timed. Run by {@code bundles/plans/bench.sh}.
 * Arguments: [words, default 40000] [runs, default 200].
 */
public final class ComparisonBenchmark {

    private ComparisonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String load = java.nio.file.Files.exists(java.nio.file.Path.of("/proc/loadavg"))
                ? ", load " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip() : "";
        System.out.printf("Machine: %d cores%s, Java %s%n", Runtime.getRuntime().availableProcessors(), load, Runtime.version());
        run("English", GeneratedPlan.english(words, 14, 5), "en", runs);
        run("Welsh", GeneratedPlan.welsh(words, 14, 5), "cy", runs);
        run("English, every section edited,", GeneratedPlan.english(words, 14, 1), "en", runs);
    }

    private static void run(String name, GeneratedPlan.Versions plan, String language, int runs) {
        VersionComparer comparer = new VersionComparer();
        Comparison c = comparer.compare(plan.earlier(), plan.later(), language);
        String html = render(c, language);
        System.out.printf("%n%s plan: %,d words in %d sections; later version: %d sections."
                + " Comparison: %d changed, %d added, %d removed, %d moved, %d unchanged; page %,d bytes%n",
                name, plan.words(), plan.earlier().size(), plan.later().size(), c.changed(), c.added(), c.removed(),
                c.moved(), c.unchanged(), html.length());
        int warmup = Math.max(20, runs / 2);
        Timing compare = Timing.of(warmup, runs, () -> comparer.compare(plan.earlier(), plan.later(), language));
        Timing render = Timing.of(warmup, runs, () -> render(c, language));
        Timing both = Timing.of(warmup, runs, () -> render(comparer.compare(plan.earlier(), plan.later(), language), language));
        System.out.printf("  compare:            %s%n  render:             %s%n  compare and render: %s%n", compare, render, both);
    }

    private static String render(Comparison c, String language) {
        return RendererFixture.render(Page.of(VersionComparer.class, "plans-compare-test.ftlh", Map.of("comparison", c)),
                "plans/1/compare", language);
    }
}
