package org.folkmoot.plans.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every plan rule set the module knows. A new plan takes the rule set for its type in force on the
 * day it starts ({@link #inForce}); the plan stores that set's id and is always judged by it
 * ({@link #byId}), so publishing a new version of a type's rules changes nothing for plans
 * already under way.
 */
public final class PlanRuleBook {
    static final List<String> BUNDLED = List.of(
            "scotland-loip-2016.rules",
            "scotland-loip-2016-r2.rules",
            "scotland-locality-2016.rules",
            "scotland-locality-2016-r2.rules",
            "england-neighbourhood-2012.rules",
            "england-neighbourhood-2012-r2.rules",
            "wales-wfg-2015.rules",
            "wales-wfg-2015-r2.rules",
            "wales-place-plan-2015.rules",
            "community-action-plan.rules");

    private final Map<String, PlanRules> byId;

    public PlanRuleBook(List<PlanRules> sets) {
        Map<String, PlanRules> m = new HashMap<>();
        for (PlanRules r : sets) {
            if (m.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two rule sets share the id " + r.id());
            }
        }
        this.byId = Map.copyOf(m);
    }

    public static PlanRuleBook bundled() {
        List<PlanRules> sets = new ArrayList<>();
        for (String name : BUNDLED) {
            sets.add(load(name));
        }
        return new PlanRuleBook(sets);
    }

    /** The bundled sets and more (a council's newer rules, or a test's). */
    public PlanRuleBook with(PlanRules more) {
        List<PlanRules> sets = new ArrayList<>(byId.values());
        sets.add(more);
        return new PlanRuleBook(sets);
    }

    /**
     * The same rule sets with the council's own number of months for the progress reports whose
     * publication date the law leaves to it (the Scottish ones: CE(S)A 2015 s.8 and s.12 set none).
     */
    public PlanRuleBook withCouncilReportMonths(int months) {
        return new PlanRuleBook(byId.values().stream().map(r -> r.withReporting(r.reporting().councilMonths(months))).toList());
    }

    public Optional<PlanRules> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<PlanRules> all() {
        return byId.values().stream().sorted(Comparator.comparing((PlanRules r) -> r.type().ordinal())
                .thenComparing(PlanRules::effectiveFrom)).toList();
    }

    /** The rule set for {@code type} in force on {@code date}: the latest to commence on or before it. */
    public Optional<PlanRules> inForce(PlanType type, LocalDate date) {
        return byId.values().stream().filter(r -> r.type() == type && r.inForceOn(date))
                .max(Comparator.comparing(PlanRules::effectiveFrom));
    }

    static PlanRules load(String name) {
        try (InputStream in = PlanRuleBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rule set " + name + " is missing from the bundle");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(p, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule set from its properties (the format is described in each bundled file). */
    public static PlanRules parse(Properties p, String source) {
        Map<String, Window> windows = new HashMap<>();
        Map<Integer, Requirement> consultees = new TreeMap<>();
        Map<Integer, Requirement> publications = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String[] parts = p.getProperty(key).split("\\|", -1);
            if (key.startsWith("window.")) {
                String stage = key.substring("window.".length());
                windows.put(stage, new Window(stage, Integer.parseInt(parts[0].strip()), part(parts, 1), part(parts, 2)));
            } else if (key.startsWith("consultee.")) {
                consultees.put(Integer.parseInt(key.substring(10)), new Requirement(part(parts, 0), part(parts, 1), part(parts, 2)));
            } else if (key.startsWith("publish.")) {
                publications.put(Integer.parseInt(key.substring(8)), new Requirement(part(parts, 0), part(parts, 1), part(parts, 2)));
            }
        }
        if (windows.isEmpty()) {
            throw new IllegalArgumentException(source + ": a rule set needs at least one window.<stage>");
        }
        String[] report = required(p, "report", source).split("\\|", -1);
        String[] cycle = report[0].strip().split("\\s+");
        ReportingCycle reporting = new ReportingCycle(ReportingCycle.Kind.valueOf(cycle[0]),
                cycle.length > 1 ? Integer.parseInt(cycle[1]) : 0, cycle.length > 2 && "council".equals(cycle[2]),
                part(report, 1), part(report, 2));
        return new PlanRules(required(p, "id", source), PlanType.valueOf(required(p, "type", source)),
                required(p, "title", source), required(p, "title.cy", source),
                Boolean.parseBoolean(required(p, "statutory", source)),
                LocalDate.parse(required(p, "effective-from", source)), windows,
                List.copyOf(consultees.values()), List.copyOf(publications.values()), reporting);
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i].strip() : "";
    }

    private static String required(Properties p, String key, String source) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(source + ": missing " + key);
        }
        return v.strip();
    }
}
