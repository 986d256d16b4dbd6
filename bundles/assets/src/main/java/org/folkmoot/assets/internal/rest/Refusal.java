package org.folkmoot.assets.internal.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.assets.internal.rules.StatutoryPeriod;

/**
 * A refusal as a page shows it: a message key of this module and its arguments, so that the
 * template writes it in the page's language with {@code msg(...)} (the English text is the JSON
 * API's). A date argument is written in words, a case's state or a choice by its name in that language.
 */
record Refusal(String key, List<Object> args) {

    Refusal {
        args = List.copyOf(args);
    }

    /** The refusal of a case, as its pages show it, when it has a message key. */
    static Optional<Refusal> of(org.folkmoot.assets.internal.cases.CaseException e) {
        return e.key().map(k -> new Refusal(k, e.args()));
    }

    /** What the template reads: the key, and each argument as {@code date}, {@code msg} (a key) or {@code text}. */
    Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("args", args.stream().map(Refusal::argument).toList());
        return m;
    }

    private static Map<String, Object> argument(Object a) {
        if (a instanceof LocalDate d) {
            return Map.of("date", d.toString());
        }
        if (a instanceof StatutoryPeriod p) {
            return Map.of("period", "assets.period." + p.unit().name() + "." + p.counting().name(), "amount", p.amount());
        }
        if (a instanceof Enum<?> e) {
            // A case's state has its name on the pages; any other choice (a decision, a kind of body) its label.
            return Map.of("msg", (e.getDeclaringClass().getSimpleName().equals("State") ? "assets.state." : "assets.choice.")
                    + e.name());
        }
        return Map.of("text", String.valueOf(a));
    }

    /** The refusals of a page by the id of the field each is shown beside. */
    static Map<String, Object> models(Map<String, Refusal> byField) {
        Map<String, Object> out = new LinkedHashMap<>();
        byField.forEach((field, r) -> out.put(field, r.model()));
        return out;
    }
}
