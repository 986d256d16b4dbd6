package org.folkmoot.assemblies.internal.lottery;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with an address file, a lottery's settings or a letter's wording, told as a
 * message key of {@code l10n/messages.properties} (English) and {@code messages_cy.properties}
 * (Welsh) with its arguments, so that a page shows it in either language and the command line in
 * English. {@code line} is the line of the file (1 is the header), or 0 when the problem is not
 * about one line; {@code field} names the form field or command-line option it belongs beside.
 */
public record LotteryProblem(Severity severity, String key, List<String> arguments, long line, String field) {

    /** What the problem does to the lottery. */
    public enum Severity {
        /** Nothing can be drawn until it is put right (a missing column, an unreadable file, bad weights). */
        REFUSED,
        /** The row is left out of the draw and reported (no UPRN, outside the area, a second row for one UPRN). */
        LEFT_OUT,
        /** Worth knowing, changes nothing (the file was read as Windows-1252). */
        NOTE
    }

    public LotteryProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(field, "field");
    }

    public static LotteryProblem refused(String field, String key, Object... arguments) {
        return new LotteryProblem(Severity.REFUSED, key, strings(arguments), 0, field);
    }

    public static LotteryProblem leftOut(long line, String key, Object... arguments) {
        return new LotteryProblem(Severity.LEFT_OUT, key, strings(arguments), line, "addresses");
    }

    public static LotteryProblem note(String key, Object... arguments) {
        return new LotteryProblem(Severity.NOTE, key, strings(arguments), 0, "addresses");
    }

    /** Whether any of the problems stops the work (nothing drawn, nothing written). */
    public static boolean anyRefused(List<LotteryProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.REFUSED);
    }

    /** The English text, from the bundle's {@code l10n/messages.properties}. */
    public String english() {
        return Messages.english(key, arguments);
    }

    private static List<String> strings(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
