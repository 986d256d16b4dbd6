package org.folkmoot.plans.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.plans.internal.plan.ActionDetails;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.Indicator;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.plan.SectionKind;

/**
 * The section editor's form read into a {@link Section}: the heading and body in English and Welsh
 * and, for an action, its lead organisation, partners (one a line), start and end (the kit's date
 * boxes), area (GSS, LSOA or data-zone codes checked by pattern, or a named locality) and indicators
 * (rows {@code indicator-<n>-key}, {@code -nameEn}, {@code -nameCy}, {@code -unit}, {@code -baseline},
 * {@code -target}; an empty row is left out). Every field is checked and each error is kept under the
 * id of the field that caused it, in the page's language, so the form comes back with all of them.
 */
final class SectionForm {
    /** Indicator rows the page offers: the action's own and this many empty ones. */
    static final int EMPTY_INDICATOR_ROWS = 2;
    static final List<String> AREA_KINDS = List.of("", "GSS", "LSOA", "DATA_ZONE", "LOCALITY");

    private final FormFields f;
    private final String language;
    private final Map<String, String> errors = new LinkedHashMap<>();

    SectionForm(FormFields f, String language) {
        this.f = f;
        this.language = "cy".equals(language) ? "cy" : "en";
    }

    /** The errors by field id, in the page's language; empty when the section was read. */
    Map<String, String> errors() {
        return errors;
    }

    /**
     * The section the form describes, or null with {@link #errors()} filled.
     *
     * @param key the section's key: the page's for a section already in the draft, else the form's
     */
    Section read(String key) {
        if (key == null || !Plan.KEY.matcher(key).matches()) {
            error("key", "plans.section.error.key");
        }
        SectionKind kind = null;
        try {
            kind = SectionKind.valueOf(f.get("kind"));
        } catch (IllegalArgumentException e) {
            error("kind", "plans.form.error.choose");
        }
        Bilingual heading = Bilingual.of(f.get("headingEn"), f.get("headingCy"));
        if (heading.isEmpty()) {
            error("headingEn", "plans.form.error.heading");
        }
        Bilingual body = Bilingual.of(f.get("bodyEn"), f.get("bodyCy"));
        if (body.longest() > Plan.MAX_SECTION) {
            error(body.en().length() > Plan.MAX_SECTION ? "bodyEn" : "bodyCy", "plans.section.error.long", Plan.MAX_SECTION);
        }
        ActionDetails action = kind == SectionKind.ACTION ? action() : null;
        return errors.isEmpty() ? new Section(key, kind, heading, body, action) : null;
    }

    private ActionDetails action() {
        List<String> partners = Arrays.stream(f.get("partners").split("[\\r\\n]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        LocalDate starts = optionalDate("starts");
        LocalDate ends = optionalDate("ends");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            error("ends-day", "plans.section.error.ends");
        }
        return new ActionDetails(f.get("lead"), partners, starts, ends, indicators(), area());
    }

    /** A date left wholly empty is no date; one partly filled or not real is an error. */
    private LocalDate optionalDate(String name) {
        if (f.get(name + "-day").isEmpty() && f.get(name + "-month").isEmpty() && f.get(name + "-year").isEmpty()) {
            return null;
        }
        Map<String, String> found = new LinkedHashMap<>();
        LocalDate d = f.date(name, name, found);
        found.forEach((id, k) -> error(id, k));
        return d;
    }

    private Area area() {
        String kind = f.get("areaKind");
        List<String> codes = Arrays.stream(f.get("areaCodes").toUpperCase(java.util.Locale.ROOT).split("[\\s,;]+"))
                .filter(x -> !x.isEmpty()).toList();
        String name = f.get("areaName");
        if (kind.isEmpty()) {
            if (!codes.isEmpty() || !name.isEmpty()) {
                error("areaKind", "plans.section.error.areaKind");
            }
            return null;
        }
        Area.Kind k;
        try {
            k = Area.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            error("areaKind", "plans.form.error.choose");
            return null;
        }
        if (k == Area.Kind.LOCALITY) {
            if (name.isEmpty()) {
                error("areaName", "plans.section.error.locality");
            }
            return Area.locality(name);
        }
        if (codes.isEmpty()) {
            error("areaCodes", "plans.section.error.codes." + k.name());
            return null;
        }
        Area area = new Area(k, codes, name);
        area.badCode().ifPresent(code -> error("areaCodes", "plans.section.error.code." + k.name(), code));
        return area;
    }

    private List<Indicator> indicators() {
        List<Indicator> found = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int n = 1; n <= rows(); n++) {
            String p = "indicator-" + n + "-";
            String key = f.get(p + "key");
            Bilingual name = Bilingual.of(f.get(p + "nameEn"), f.get(p + "nameCy"));
            String unit = f.get(p + "unit");
            String baseline = f.get(p + "baseline");
            String target = f.get(p + "target");
            if (key.isEmpty() && name.isEmpty() && unit.isEmpty() && baseline.isEmpty() && target.isEmpty()) {
                continue;
            }
            if (!Plan.KEY.matcher(key).matches()) {
                error(p + "key", "plans.section.error.indicatorKey");
            } else if (!keys.add(key)) {
                error(p + "key", "plans.section.error.indicatorTwice", key);
            }
            if (name.isEmpty()) {
                error(p + "nameEn", "plans.section.error.indicatorName");
            }
            found.add(new Indicator(key, name, unit, number(p + "baseline", baseline), number(p + "target", target)));
        }
        return found;
    }

    /** How many indicator rows the form had (its hidden {@code indicators} field), at most 100. */
    private int rows() {
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(f.get("indicators"))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private BigDecimal number(String id, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            error(id, "plans.section.error.number");
            return null;
        }
    }

    private void error(String id, String key, Object... arguments) {
        errors.putIfAbsent(id, PageText.of(key, language, arguments));
    }
}
