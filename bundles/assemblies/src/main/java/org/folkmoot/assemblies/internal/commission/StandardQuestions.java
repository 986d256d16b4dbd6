package org.folkmoot.assemblies.internal.commission;

import java.util.List;

import org.folkmoot.assemblies.internal.commission.Question.Answer;

/**
 * The stratification questions most assemblies ask, worded as the Census 2021 asks them in England
 * and Wales, in English and Welsh: an officer commissioning an assembly on its page chooses among
 * these (the API takes any question).
 */
public final class StandardQuestions {
    private StandardQuestions() {
    }

    public static List<Question> all() {
        return List.of(
                new Question("sex", "What is your sex?", "Beth yw eich rhyw?", List.of(new Answer("female", "Female", "Benyw", null, null),
                        new Answer("male", "Male", "Gwryw", null, null)), false),
                new Question("age", "Age", "Oedran", List.of(new Answer("16-29", "16 to 29", "16 i 29", 16, 29),
                        new Answer("30-44", "30 to 44", "30 i 44", 30, 44), new Answer("45-64", "45 to 64", "45 i 64", 45, 64),
                        new Answer("65+", "65 or over", "65 neu hŷn", 65, null)), true),
                new Question("disability", "Are your day-to-day activities limited by a health problem or disability?",
                        "A yw eich gweithgareddau pob dydd wedi'u cyfyngu gan broblem iechyd neu anabledd?",
                        List.of(new Answer("disabled", "Yes, a lot or a little", "Ydyn, llawer neu ychydig", null, null),
                                new Answer("not-disabled", "No", "Nac ydyn", null, null)), false));
    }

    /** The standard questions of these categories, in the standard order. */
    public static List<Question> of(List<String> categories) {
        return all().stream().filter(q -> categories.contains(q.category())).toList();
    }
}
