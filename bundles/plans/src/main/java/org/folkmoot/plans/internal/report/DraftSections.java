package org.folkmoot.plans.internal.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.folkmoot.plans.internal.draftimport.DraftSection;
import org.folkmoot.plans.internal.draftimport.ImportedDraft;
import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.plan.SectionKind;

/**
 * An imported document as a plan's draft sections, in the language it was written in: each heading a
 * section (kind TEXT, or VISION for a heading that says so) with a key made from the heading; text
 * before the first heading is the introduction. Editors set kinds and actions afterwards.
 */
public final class DraftSections {
    private DraftSections() {
    }

    public static List<Section> of(ImportedDraft draft, String language) {
        boolean welsh = "cy".equals(language);
        List<Section> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (DraftSection d : draft.sections()) {
            String heading = d.heading().isBlank() ? (welsh ? "Cyflwyniad" : "Introduction") : d.heading().strip();
            String key = unique(slug(heading), keys);
            String lower = heading.toLowerCase(Locale.ROOT);
            SectionKind kind = lower.contains("vision") || lower.contains("gweledigaeth") ? SectionKind.VISION : SectionKind.TEXT;
            out.add(new Section(key, kind, welsh ? Bilingual.of("", heading) : Bilingual.of(heading, ""),
                    welsh ? Bilingual.of("", d.body()) : Bilingual.of(d.body(), ""), null));
        }
        return out;
    }

    /**
     * A document in the other language laid over sections already written: its n-th heading and text
     * become the n-th section's heading and text in {@code language}; keys, kinds, actions and the
     * other language stay. Refused (422, on the {@code document} field) when the two do not have as
     * many sections, so that no text lands beside the wrong section.
     */
    public static List<Section> translation(List<Section> existing, ImportedDraft draft, String language) {
        boolean welsh = "cy".equals(language);
        List<DraftSection> read = draft.sections();
        if (read.size() != existing.size()) {
            throw new PlanException(422, "document", "The document has " + read.size() + " sections and the draft has "
                    + existing.size() + ": give the translation the same headings, in the same order, and upload it again.",
                    "plans.import.refused.count", read.size(), existing.size());
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Section s = existing.get(i);
            DraftSection d = read.get(i);
            String heading = d.heading().strip();
            Bilingual h = welsh ? Bilingual.of(s.heading().en(), heading) : Bilingual.of(heading, s.heading().cy());
            Bilingual b = welsh ? Bilingual.of(s.body().en(), d.body()) : Bilingual.of(d.body(), s.body().cy());
            out.add(new Section(s.key(), s.kind(), h, b, s.action()));
        }
        return out;
    }

    static String slug(String heading) {
        String plain = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String key = base;
        for (int n = 2; !taken.add(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
