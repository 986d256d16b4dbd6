package org.folkmoot.assets.internal.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statutory periods of one scheme in one jurisdiction as in force from a date: for example
 * Part 5 of the Community Empowerment (Scotland) Act 2015 from 23 January 2017. A case records
 * the id of the rule set in force when it started and keeps it for life.
 *
 * @param id            stable identifier stored with each case, never reused
 * @param scheme        the kind of case it governs (see {@link Scheme})
 * @param effectiveFrom the commencement date; empty while a scheme is enacted but not in force
 *                      (or its commencement is not yet known)
 */
public record RuleSet(String id, Jurisdiction jurisdiction, Scheme scheme, String title,
                      Optional<LocalDate> effectiveFrom, Map<String, StatutoryPeriod> periods) {
    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(scheme, "scheme");
        effectiveFrom = effectiveFrom == null ? Optional.empty() : effectiveFrom;
        periods = Map.copyOf(new TreeMap<>(periods));
    }

    /** The period called {@code key}; a missing period is a programming or data error. */
    public StatutoryPeriod period(String key) {
        StatutoryPeriod p = periods.get(key);
        if (p == null) {
            throw new IllegalStateException("rule set " + id + " has no period '" + key + "'");
        }
        return p;
    }

    public boolean inForceOn(LocalDate date) {
        return effectiveFrom.map(from -> !from.isAfter(date)).orElse(false);
    }

    public RuleSet commencingOn(LocalDate date) {
        return new RuleSet(id, jurisdiction, scheme, title, Optional.ofNullable(date), periods);
    }
}
