package org.folkmoot.sortition.internal.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Small pools for tests, written out in full so a failure can be followed by hand. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The generated pool of 500 for a panel of 50, in {@code bundles/testdata/sortition} (see {@code bundles/testdata/README.md}). */
    public static Path pool500() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bundles/testdata/README.md"))) {
                return p.resolve("bundles/testdata/sortition/synth_n500_50");
            }
        }
        throw new IllegalStateException("no bundles/testdata/ in " + Path.of("").toAbsolutePath() + " or above it");
    }

    static Respondent person(String id, String household, String... categoryValue) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String cv : categoryValue) {
            String[] parts = cv.split("=");
            f.put(parts[0], parts[1]);
        }
        return new Respondent(id, f, household);
    }

    /**
     * 12 volunteers, panel of 4: two women exactly, one to three young. Women and the young are
     * scarce, two volunteers share an address, several profiles repeat (so types get merged).
     */
    static Problem twelve() {
        List<Quota> quotas = List.of(
                new Quota("gender", "f", 2, 2, 1, 3), new Quota("gender", "m", 2, 2, 1, 3),
                new Quota("age", "young", 1, 3, 0, 4), new Quota("age", "old", 1, 3, 0, 4));
        List<Respondent> pool = List.of(
                person("a", null, "gender=f", "age=young"),
                person("b", "1 High St", "gender=f", "age=old"),
                person("c", "1 High St", "gender=m", "age=young"),
                person("d", null, "gender=f", "age=old"),
                person("e", null, "gender=m", "age=old"),
                person("f", null, "gender=m", "age=old"),
                person("g", null, "gender=m", "age=old"),
                person("h", null, "gender=m", "age=old"),
                person("i", null, "gender=m", "age=young"),
                person("j", null, "gender=m", "age=old"),
                person("k", null, "gender=f", "age=old"),
                person("l", null, "gender=m", "age=old"));
        return new Problem(quotas, pool, 4);
    }

    /**
     * A pool whose linear relaxation is not integral: a panel of 2 from five, where any two of a, b
     * and c together break a quota. Fractionally each of the three could have 0.4 (every pair
     * sums to 0.8), but a panel holds at most one of them, so together they have at most 1:
     * LEXIMIN gives them 1/3 each and d and e 1/2.
     */
    static Problem oddCycle() {
        List<Quota> quotas = List.of(
                new Quota("c1", "u", 0, 1, 0, 2), new Quota("c1", "v", 0, 2, 0, 2),
                new Quota("c2", "u", 0, 1, 0, 2), new Quota("c2", "v", 0, 2, 0, 2),
                new Quota("c3", "u", 0, 1, 0, 2), new Quota("c3", "v", 0, 2, 0, 2));
        List<Respondent> pool = List.of(
                person("a", null, "c1=u", "c2=v", "c3=u"),
                person("b", null, "c1=u", "c2=u", "c3=v"),
                person("c", null, "c1=v", "c2=u", "c3=u"),
                person("d", null, "c1=v", "c2=v", "c3=v"),
                person("e", null, "c1=v", "c2=v", "c3=v"));
        return new Problem(quotas, pool, 2);
    }

    /** A random pool of {@code n} with three categories and some shared addresses, skewed like a real one. */
    static Problem random(int n, int panel, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Respondent> pool = new ArrayList<>();
        String previousHome = null;
        for (int i = 0; i < n; i++) {
            String gender = r.nextDouble() < 0.4 ? "f" : "m";
            double a = r.nextDouble();
            String age = a < 0.2 ? "16-29" : a < 0.55 ? "30-59" : "60+";
            String edu = r.nextDouble() < 0.3 ? "low" : "high";
            String home = previousHome != null && r.nextDouble() < 0.15 ? previousHome : "home" + i;
            previousHome = home;
            pool.add(person("v" + i, home, "gender=" + gender, "age=" + age, "education=" + edu));
        }
        int half = panel / 2;
        int third = panel / 3;
        List<Quota> quotas = List.of(
                new Quota("gender", "f", half - 1, half + 1, 0, panel), new Quota("gender", "m", half - 1, half + 1, 0, panel),
                new Quota("age", "16-29", third - 1, third + 1, 0, panel), new Quota("age", "30-59", third - 1, third + 1, 0, panel),
                new Quota("age", "60+", third - 1, third + 1, 0, panel),
                new Quota("education", "low", half - 1, half + 1, 0, panel), new Quota("education", "high", half - 1, half + 1, 0, panel));
        return new Problem(quotas, pool, panel);
    }
}
