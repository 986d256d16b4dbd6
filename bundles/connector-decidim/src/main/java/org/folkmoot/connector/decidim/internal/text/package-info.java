/**
 * Text as Decidim sends it, made fit for the archive.
 *
 * <p>{@link org.folkmoot.connector.decidim.internal.text.HtmlText} turns Decidim's rich-text bodies
 * (HTML from its editor) into plain text: paragraphs and list items on lines of their own, entities
 * decoded, no markup or script left. {@link org.folkmoot.connector.decidim.internal.text.TextLanguage}
 * tells which language a text is written in, because Decidim has no Welsh locale and Welsh arrives
 * labelled {@code en}: the detected language wins when the detector is confident, the declared one
 * otherwise.
 */
package org.folkmoot.connector.decidim.internal.text;
