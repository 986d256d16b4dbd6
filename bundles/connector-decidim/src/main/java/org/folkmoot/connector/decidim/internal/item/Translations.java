package org.folkmoot.connector.decidim.internal.item;

import java.util.List;
import java.util.Optional;

/**
 * Every stored translation of one text field ({@code TranslatedField} in Decidim's API), in the order
 * the source gave them. A field a resident wrote once holds their words under one locale and may hold
 * machine translations under the others.
 */
public record Translations(List<Translation> all) {

    public static final Translations NONE = new Translations(List.of());

    public Translations {
        all = all == null ? List.of() : List.copyOf(all);
    }

    public static Translations of(Translation... translations) {
        return new Translations(List.of(translations));
    }

    /** A field that has one human-written text (a comment body, a CSV column). */
    public static Translations human(String locale, String text) {
        return of(Translation.human(locale, text));
    }

    /**
     * The text a person wrote: the first non-blank human-written translation, else (a site that stored
     * only machine translations) the first non-blank one.
     */
    public Optional<Translation> original() {
        return all.stream().filter(t -> !t.machineTranslated() && !t.text().isBlank()).findFirst()
                .or(() -> all.stream().filter(t -> !t.text().isBlank()).findFirst());
    }

    /** The human-written text in this locale, if there is one. */
    public Optional<Translation> humanIn(String locale) {
        return all.stream().filter(t -> !t.machineTranslated() && !t.text().isBlank() && t.locale().equals(locale))
                .findFirst();
    }

    /** The text in this locale, human or machine, for titles shown to officers and residents. */
    public Optional<String> in(String locale) {
        return all.stream().filter(t -> t.locale().equals(locale) && !t.text().isBlank()).map(Translation::text)
                .findFirst();
    }

    public boolean isEmpty() {
        return original().isEmpty();
    }
}
