package org.folkmoot.assemblies.internal.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.assemblies.internal.lottery.LotteryProblem;

/**
 * A letter's wording in one language, as the officer edits it per assembly: a heading and a body
 * of paragraphs (separated by a blank line; a single line break inside a paragraph is kept, as
 * in a sign-off) with placeholders in braces, filled in for each
 * household: {@value #PLACEHOLDER_LIST}. {@link #defaults(String)} gives the wording Folkmoot
 * ships in English ({@code en}) and Welsh ({@code cy}).
 */
public record LetterWording(String heading, String body) {
    public static final Set<String> PLACEHOLDERS = Set.of("council", "assembly", "question", "code", "url", "register_by", "phone");
    static final String PLACEHOLDER_LIST = "{council}, {assembly}, {question}, {code}, {url}, {register_by}, {phone}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    public LetterWording {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(body, "body");
    }

    /** Unknown placeholders and empty wording, as problems beside the field {@code field}. */
    public List<LotteryProblem> check(String field) {
        List<LotteryProblem> problems = new ArrayList<>();
        if (body.isBlank()) {
            problems.add(LotteryProblem.refused(field, "letters.wording.empty"));
        }
        for (String text : List.of(heading, body)) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    problems.add(LotteryProblem.refused(field, "letters.wording.unknownPlaceholder", "{" + m.group(1) + "}", PLACEHOLDER_LIST));
                }
            }
        }
        return problems;
    }

    /** The heading and the paragraphs with the placeholders filled in. */
    public List<String> fill(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        out.add(replace(heading, values));
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            out.add(replace(paragraph.strip().replaceAll("[ \\t]*\\R[ \\t]*", "\n"), values));
        }
        return out;
    }

    private static String replace(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** The wording Folkmoot ships: {@code en} or {@code cy}. */
    public static LetterWording defaults(String language) {
        return DefaultWording.of(language);
    }
}
