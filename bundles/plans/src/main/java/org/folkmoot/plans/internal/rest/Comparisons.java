package org.folkmoot.plans.internal.rest;

import org.folkmoot.plans.internal.compare.Comparison;
import org.folkmoot.plans.internal.compare.VersionComparer;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.report.PlanExports;

/** Two versions of a plan compared, for the page and the API alike: published versions for anyone, drafts for editors. */
final class Comparisons {
    private static final VersionComparer COMPARER = new VersionComparer();

    private Comparisons() {
    }

    static Comparison compare(Plan p, int from, int to, String language, boolean editor) {
        PlanVersion earlier = visible(p, from, editor);
        PlanVersion later = visible(p, to, editor);
        String lang = "cy".equals(language) ? "cy" : "en";
        return COMPARER.compare(PlanExports.sections(earlier, lang), PlanExports.sections(later, lang), lang);
    }

    private static PlanVersion visible(Plan p, int n, boolean editor) {
        PlanVersion v = p.version(n);
        if (!v.published() && !editor) {
            throw new PlanException(404, null, p.id() + " has no published version " + n + ".", "plans.error.no-version", n);
        }
        return v;
    }
}
