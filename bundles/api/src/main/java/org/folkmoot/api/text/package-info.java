/**
 * Text that arrives from elsewhere, made fit for the archive.
 *
 * <p>Connectors take residents' words from other platforms (Decidim, CONSUL Democracy), where bodies are
 * HTML from a rich-text editor and a text's declared locale is often wrong: neither platform has a Welsh
 * locale by default, so Welsh arrives labelled {@code en}. {@link org.folkmoot.api.text.HtmlText} turns
 * such HTML into plain text (paragraphs and list items on lines of their own, entities decoded, no markup
 * or script left); {@link org.folkmoot.api.text.TextLanguage} tells which language a text is written in,
 * preferring what it detects when it is confident and the declared locale otherwise.
 *
 * <p>Both are services of the platform, so every connector judges text by the same rule and the detector's
 * models are loaded once per runtime.
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
