package org.folkmoot.api.privacy;

import java.util.ArrayList;
import java.util.List;

/** The kinds of personal data the {@link Redactor} finds, each with the label that replaces it. */
public enum PersonalData {
    EMAIL("[email removed]", "[e-bost wedi'i dynnu]"),
    PHONE("[phone number removed]", "[rhif ffôn wedi'i dynnu]"),
    POSTCODE("[postcode removed]", "[cod post wedi'i dynnu]"),
    NATIONAL_INSURANCE("[National Insurance number removed]", "[rhif Yswiriant Gwladol wedi'i dynnu]");

    private static final List<String> LABELS;

    static {
        List<String> all = new ArrayList<>();
        for (PersonalData kind : values()) {
            all.add(kind.en);
            all.add(kind.cy);
        }
        LABELS = List.copyOf(all);
    }

    private final String en;
    private final String cy;

    PersonalData(String en, String cy) {
        this.en = en;
        this.cy = cy;
    }

    /** The label for text in this BCP 47 language: Welsh for {@code cy} and {@code cy-*}, else English. */
    public String label(String language) {
        return language != null && (language.equals("cy") || language.startsWith("cy-")) ? cy : en;
    }

    /** Every label in both languages. */
    public static List<String> labels() {
        return LABELS;
    }
}
