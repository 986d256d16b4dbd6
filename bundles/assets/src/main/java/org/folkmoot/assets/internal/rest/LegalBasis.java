package org.folkmoot.assets.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline's legal basis as the pages write it in either language: the domain gives it as
 * English text ("6 months after; CE(S)A 2015 s.82(7); SSI 2016/357 reg 10", from the rule set's
 * period and citation); this reads it back into the period and each instrument with its provisions,
 * so that the page writes them with {@code msg}: "6 mis ar ôl; Deddf Grymuso Cymunedau (Yr Alban)
 * 2015, adran 82(7); ...". Statute names and numbers stay exact. Text it cannot read (a council's
 * own rule set citing something new) is shown as given.
 */
final class LegalBasis {

    private static final Pattern PERIOD = Pattern.compile(
            "(\\d+) (working day|day|week|month|year)s? (after|beginning with); (.+)");
    private static final Pattern EXTENDED = Pattern.compile("extended by agreement \\((\\d+) extensions?\\)");
    /** Instruments by how the rule files cite them; a {@code {0}} takes the number that follows. */
    private static final List<Map.Entry<Pattern, String>> INSTRUMENTS = List.of(
            Map.entry(Pattern.compile("CE\\(S\\)A 2015"), "assets.law.cesa-2015"),
            Map.entry(Pattern.compile("SSI (\\d{4}/\\d+)"), "assets.law.ssi"),
            Map.entry(Pattern.compile("SI (\\d{4}/\\d+)"), "assets.law.si"),
            Map.entry(Pattern.compile("Localism Act 2011"), "assets.law.localism-2011"),
            Map.entry(Pattern.compile("Tribunal Procedure \\(First-tier Tribunal\\) \\(General Regulatory Chamber\\) Rules 2009"),
                    "assets.law.tribunal-rules-2009"),
            Map.entry(Pattern.compile("Scottish Government guidance for relevant authorities \\(2017\\)"),
                    "assets.law.scottish-guidance-2017"),
            Map.entry(Pattern.compile("EDCEA 2026 \\(placeholder\\)"), "assets.law.edcea-2026"));
    /** Provisions: section, regulation(s), schedule, paragraph, rule. */
    private static final List<Map.Entry<Pattern, String>> PROVISIONS = List.of(
            Map.entry(Pattern.compile("s\\.(\\S+)"), "assets.cite.section"),
            Map.entry(Pattern.compile("regs (\\S+) and (\\S+)"), "assets.cite.regulations"),
            Map.entry(Pattern.compile("reg (\\S+)"), "assets.cite.regulation"),
            Map.entry(Pattern.compile("Sch (\\S+)"), "assets.cite.schedule"),
            Map.entry(Pattern.compile("para (\\S+)"), "assets.cite.paragraph"),
            Map.entry(Pattern.compile("r\\.(\\S+)"), "assets.cite.rule"));

    private LegalBasis() {
    }

    /**
     * The basis for the template: {@code text} (as given) and, when it could be read, {@code period}
     * (a message key, with {@code amount}) or {@code extended} (a count), and {@code cites}: each
     * {@code {law, lawArgs, provisions: [{key, args}]}}.
     */
    static Map<String, Object> model(String basis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", basis);
        Matcher extended = EXTENDED.matcher(basis);
        if (extended.matches()) {
            m.put("extended", Integer.parseInt(extended.group(1)));
            return m;
        }
        Matcher p = PERIOD.matcher(basis);
        if (!p.matches()) {
            return m;
        }
        List<Map<String, Object>> cites = new ArrayList<>();
        for (String part : p.group(4).split("; ")) {
            Optional<Map<String, Object>> cite = cite(part.strip());
            if (cite.isEmpty()) {
                return m;
            }
            cites.add(cite.get());
        }
        String unit = switch (p.group(2)) {
            case "working day" -> "WORKING_DAYS";
            case "day" -> "DAYS";
            case "week" -> "WEEKS";
            case "month" -> "MONTHS";
            default -> "YEARS";
        };
        m.put("period", "assets.period." + unit + "." + (p.group(3).equals("after") ? "AFTER" : "BEGINNING_WITH"));
        m.put("amount", Integer.parseInt(p.group(1)));
        m.put("cites", cites);
        return m;
    }

    /** One instrument and its provisions, or empty if any of it is not understood. */
    private static Optional<Map<String, Object>> cite(String part) {
        for (Map.Entry<Pattern, String> instrument : INSTRUMENTS) {
            Matcher law = instrument.getKey().matcher(part);
            if (!law.lookingAt()) {
                continue;
            }
            List<Map<String, Object>> provisions = new ArrayList<>();
            String rest = part.substring(law.end()).strip();
            while (!rest.isEmpty()) {
                Optional<Map.Entry<Map<String, Object>, Integer>> next = provision(rest);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                provisions.add(next.get().getKey());
                rest = rest.substring(next.get().getValue()).strip();
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("law", instrument.getValue());
            c.put("lawArgs", groups(law));
            c.put("provisions", provisions);
            return Optional.of(c);
        }
        return Optional.empty();
    }

    private static Optional<Map.Entry<Map<String, Object>, Integer>> provision(String text) {
        for (Map.Entry<Pattern, String> provision : PROVISIONS) {
            Matcher m = provision.getKey().matcher(text);
            if (m.lookingAt()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("key", provision.getValue());
                p.put("args", groups(m));
                return Optional.of(Map.entry(p, m.end()));
            }
        }
        return Optional.empty();
    }

    private static List<String> groups(Matcher m) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            out.add(m.group(i));
        }
        return out;
    }
}
