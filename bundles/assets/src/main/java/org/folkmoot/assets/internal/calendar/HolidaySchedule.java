package org.folkmoot.assets.internal.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bank holidays written as data: recurring rules plus dated additions and removals. The same
 * line format serves the bundled file for each region and a council's own edits.
 *
 * <pre>
 * # comment
 * rule fixed 01-01 substitute New Year's Day     (weekend → next free weekday)
 * rule fixed 11-30 substitute St Andrew's Day
 * rule easter -2 Good Friday                     (days relative to Easter Sunday)
 * rule monday 05 1 Early May bank holiday         (first Monday in May)
 * rule monday 05 last Spring bank holiday         (last Monday in May)
 * add 2023-05-08 Coronation of King Charles III
 * remove 2022-05-30 Spring bank holiday moved to 2 June
 * </pre>
 */
public final class HolidaySchedule {
    public static final HolidaySchedule EMPTY = new HolidaySchedule(List.of(), Map.of(), Map.of());

    private final List<HolidayRule> rules;
    private final Map<LocalDate, String> additions;
    private final Map<LocalDate, String> removals;

    private HolidaySchedule(List<HolidayRule> rules, Map<LocalDate, String> additions, Map<LocalDate, String> removals) {
        this.rules = List.copyOf(rules);
        this.additions = Collections.unmodifiableMap(new TreeMap<>(additions));
        this.removals = Collections.unmodifiableMap(new TreeMap<>(removals));
    }

    List<HolidayRule> rules() {
        return rules;
    }

    /** Dated days added as holidays (one-off holidays, moved holidays, local holidays). */
    public Map<LocalDate, String> additions() {
        return additions;
    }

    /** Dated days that are not holidays although a rule says so (a moved holiday's usual day). */
    public Map<LocalDate, String> removals() {
        return removals;
    }

    public static HolidaySchedule parse(String text) {
        return parse(new StringReader(text));
    }

    public static HolidaySchedule parse(InputStream in) {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static HolidaySchedule parse(Reader reader) {
        List<HolidayRule> rules = new ArrayList<>();
        Map<LocalDate, String> adds = new TreeMap<>();
        Map<LocalDate, String> removes = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String raw;
            int lineNo = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] w = line.split("\\s+", 2);
                String rest = w.length > 1 ? w[1] : "";
                switch (w[0]) {
                    case "rule" -> rules.add(parseRule(lineNo, rest));
                    case "add" -> dated(lineNo, rest, adds, removes);
                    case "remove" -> dated(lineNo, rest, removes, adds);
                    default -> throw new CalendarFormatException(lineNo,
                            "expected 'rule', 'add' or 'remove' but found '" + w[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidaySchedule(rules, adds, removes);
    }

    private static void dated(int lineNo, String rest, Map<LocalDate, String> into, Map<LocalDate, String> other) {
        String[] w = rest.split("\\s+", 2);
        LocalDate date = date(lineNo, w[0]);
        String name = w.length > 1 ? w[1] : "";
        into.put(date, name);
        other.remove(date); // the later line wins within one file
    }

    private static LocalDate date(int lineNo, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CalendarFormatException(lineNo, "'" + text + "' is not a date written as YYYY-MM-DD");
        }
    }

    private static HolidayRule parseRule(int lineNo, String rest) {
        String[] w = rest.split("\\s+");
        if (w.length < 3) {
            throw new CalendarFormatException(lineNo, "a rule needs a kind, its arguments and a name");
        }
        try {
            switch (w[0]) {
                case "fixed": {
                    MonthDay day = MonthDay.parse("--" + w[1]);
                    boolean substitute = "substitute".equals(w[2]);
                    String name = join(w, substitute ? 3 : 2);
                    return new HolidayRule.Fixed(day, substitute, name);
                }
                case "easter":
                    return new HolidayRule.EasterRelative(Integer.parseInt(w[1]), join(w, 2));
                case "monday": {
                    int month = Integer.parseInt(w[1]);
                    if (month < 1 || month > 12) {
                        throw new CalendarFormatException(lineNo, "month " + month + " does not exist");
                    }
                    int nth = "last".equals(w[2]) ? -1 : Integer.parseInt(w[2]);
                    if (nth == 0 || nth > 4) {
                        throw new CalendarFormatException(lineNo, "a month has a 1st to 4th or 'last' Monday");
                    }
                    return new HolidayRule.NthMonday(month, nth, join(w, 3));
                }
                default:
                    throw new CalendarFormatException(lineNo, "unknown rule kind '" + w[0] + "' (fixed, easter, monday)");
            }
        } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new CalendarFormatException(lineNo, "cannot read rule '" + rest + "'");
        }
    }

    private static String join(String[] words, int from) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.min(from, words.length), words.length));
    }
}
