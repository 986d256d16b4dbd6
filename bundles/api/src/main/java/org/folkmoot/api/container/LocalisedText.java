package org.folkmoot.api.container;

import java.util.Objects;

/**
 * A short text in English and Welsh, such as a container's title.
 *
 * @param en the English text, required
 * @param cy the Welsh text; the English one when not given
 */
public record LocalisedText(String en, String cy) {

    public LocalisedText {
        Objects.requireNonNull(en, "en");
        cy = cy == null || cy.isBlank() ? en : cy;
    }

    /** The same text in both languages: a name, or a title residents wrote in one language. */
    public static LocalisedText of(String text) {
        return new LocalisedText(text, text);
    }

    /** The text for a BCP 47 language tag: Welsh for {@code cy} and {@code cy-*}, else English. */
    public String in(String language) {
        return language != null && (language.equals("cy") || language.startsWith("cy-")) ? cy : en;
    }
}
