package org.folkmoot.api.text;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The language a text is written in. Thread-safe; the detector behind it knows English, Welsh and the
 * languages a UK council's consultation platform is likely to hold (the platform README lists them).
 */
@ProviderType
public interface TextLanguage {

    /**
     * The language of {@code text}.
     *
     * @param text           plain text (see {@link HtmlText#toText(String)})
     * @param declaredLocale the locale the source gave it ({@code en}, {@code ca}, {@code pt-BR}...), may be
     *                       null or blank
     * @return a lower-case ISO 639-1 code: the detected language when the detector is confident, else the
     *         declared locale's language (without region), else {@code und}. A declared language the
     *         detector does not know is kept as declared; a text of fewer than three letters keeps the
     *         declared one.
     */
    String detect(String text, String declaredLocale);
}
