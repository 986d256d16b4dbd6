package org.folkmoot.connector.decidim.internal.item;

import java.util.Objects;

/**
 * One stored translation of a Decidim text field, as its API gives it ({@code LocalizedString}).
 *
 * @param locale            the locale Decidim labels it with ({@code en}, {@code ca}, {@code pt-BR}...)
 * @param text              the text, often HTML; never null (empty when Decidim sent none)
 * @param machineTranslated true when Decidim's machine translation wrote it, not a person
 */
public record Translation(String locale, String text, boolean machineTranslated) {

    public Translation {
        Objects.requireNonNull(locale, "locale");
        text = text == null ? "" : text;
    }

    public static Translation human(String locale, String text) {
        return new Translation(locale, text, false);
    }
}
