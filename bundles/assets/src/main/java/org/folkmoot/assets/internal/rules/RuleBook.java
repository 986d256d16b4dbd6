package org.folkmoot.assets.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every rule set the bundle knows, with commencement dates that configuration may set or move
 * (for a scheme whose commencement was not known when the release was made).
 */
public final class RuleBook {
    /** The bundled rule sets, in the {@code rules} resource folder. */
    static final List<String> BUNDLED = List.of(
            "scotland-cesa-2015-part5.rules",
            "england-localism-2011-acv.rules",
            "england-deca-2026-crtb.rules");

    private final Map<String, RuleSet> byId;

    public RuleBook(List<RuleSet> ruleSets) {
        Map<String, RuleSet> m = new HashMap<>();
        for (RuleSet r : ruleSets) {
            if (m.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two rule sets share the id " + r.id());
            }
        }
        this.byId = Map.copyOf(m);
    }

    /** The bundled rule sets, with commencement dates overridden by id where configured. */
    public static RuleBook bundled(Map<String, LocalDate> commencementOverrides) {
        List<RuleSet> sets = new ArrayList<>();
        for (String name : BUNDLED) {
            RuleSet r = load(name);
            LocalDate override = commencementOverrides.get(r.id());
            sets.add(override == null ? r : r.commencingOn(override));
        }
        return new RuleBook(sets);
    }

    public static RuleBook bundled() {
        return bundled(Map.of());
    }

    public Optional<RuleSet> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<RuleSet> all() {
        return byId.values().stream().sorted(Comparator.comparing(RuleSet::id)).toList();
    }

    /**
     * The rule set for {@code scheme} in {@code jurisdiction} in force on {@code date}: the one
     * with the latest commencement on or before that date.
     */
    public Optional<RuleSet> inForce(Jurisdiction jurisdiction, Scheme scheme, LocalDate date) {
        return byId.values().stream()
                .filter(r -> r.jurisdiction() == jurisdiction && r.scheme() == scheme && r.inForceOn(date))
                .max(Comparator.comparing(r -> r.effectiveFrom().orElseThrow()));
    }

    /**
     * The English community-right rule set for a case starting on {@code date}: the right to buy
     * once commenced, otherwise the right to bid.
     */
    public Optional<RuleSet> englishCommunityRight(LocalDate date) {
        Optional<RuleSet> buy = inForce(Jurisdiction.ENGLAND, Scheme.COMMUNITY_RIGHT_TO_BUY, date);
        Optional<RuleSet> bid = inForce(Jurisdiction.ENGLAND, Scheme.COMMUNITY_RIGHT_TO_BID, date);
        if (buy.isPresent() && bid.isPresent()) {
            return buy.get().effectiveFrom().orElseThrow().isAfter(bid.get().effectiveFrom().orElseThrow()) ? buy : bid;
        }
        return buy.isPresent() ? buy : bid;
    }

    /**
     * Reads a rule file: {@code id}, {@code jurisdiction}, {@code scheme}, {@code title},
     * {@code effective-from} (blank = not in force) and {@code period.<key> = <amount> <UNIT> [BEGINNING_WITH|AFTER] | citation | note}.
     */
    public static RuleSet parse(InputStream in, String source) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = required(p, "id", source);
        Map<String, StatutoryPeriod> periods = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("period.")) {
                String key = name.substring("period.".length());
                periods.put(key, period(key, p.getProperty(name), source));
            }
        }
        String from = p.getProperty("effective-from", "").strip();
        Optional<LocalDate> effectiveFrom;
        try {
            effectiveFrom = from.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(from));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ": effective-from '" + from + "' is not YYYY-MM-DD");
        }
        return new RuleSet(id,
                Jurisdiction.valueOf(required(p, "jurisdiction", source)),
                Scheme.valueOf(required(p, "scheme", source)),
                p.getProperty("title", id),
                effectiveFrom,
                periods);
    }

    private static StatutoryPeriod period(String key, String value, String source) {
        String[] parts = value.split("\\|", -1);
        String[] amountUnit = parts[0].strip().split("\\s+");
        if (amountUnit.length < 2 || amountUnit.length > 3) {
            throw new IllegalArgumentException(source + ": period." + key
                    + " must start '<amount> <UNIT> [BEGINNING_WITH|AFTER] |'");
        }
        try {
            Counting counting = amountUnit.length == 3 ? Counting.valueOf(amountUnit[2]) : Counting.BEGINNING_WITH;
            return new StatutoryPeriod(key, Integer.parseInt(amountUnit[0]), PeriodUnit.valueOf(amountUnit[1]), counting,
                    parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": period." + key + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key, String source) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(source + ": missing '" + key + "'");
        }
        return v.strip();
    }

    private static RuleSet load(String name) {
        try (InputStream in = RuleBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file missing: " + name);
            }
            return parse(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
