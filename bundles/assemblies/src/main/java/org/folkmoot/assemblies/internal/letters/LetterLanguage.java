package org.folkmoot.assemblies.internal.letters;

/**
 * The language of the letters. Welsh public bodies send them in both together, Welsh first
 * (Welsh Language Standards, standard 1), so {@link #BOTH} puts the Welsh text above the English
 * on the same page.
 */
public enum LetterLanguage {
    ENGLISH, WELSH, BOTH
}
