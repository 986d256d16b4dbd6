/**
 * Text analysis for contributions.
 *
 * <p>Text reaches analysis already redacted by the platform's one
 * {@link org.folkmoot.api.privacy.Redactor} (the archive feed redacts contributions, the search service
 * queries). Every analyzer starts with {@link org.folkmoot.search.internal.analysis.RedactingCharFilter},
 * so the redaction labels never become terms; offsets are corrected so snippets still mark the right words.
 *
 * <p>{@link org.folkmoot.search.internal.analysis.EnglishAnalyzer} stems;
 * {@link org.folkmoot.search.internal.analysis.WelshAnalyzer} splits clitics and undoes initial
 * mutations from a table derived from Lecsicon Cymraeg Bangor (CC0 1.0; Bangor University Language
 * Technologies Unit, doi 10.5281/zenodo.5211667), with rules for words the lexicon lacks;
 * {@link org.folkmoot.search.internal.analysis.NeutralAnalyzer} indexes every contribution as
 * written so a query finds contributions in every language.
 */
package org.folkmoot.search.internal.analysis;
