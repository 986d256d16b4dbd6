package org.folkmoot.api.text;

import org.osgi.annotation.versioning.ProviderType;

/** HTML from another platform's editor as plain text. Thread-safe. */
@ProviderType
public interface HtmlText {

    /**
     * The plain text of an HTML fragment, or of text that has no markup at all.
     *
     * @param html a body as the source stores it; {@code null} gives the empty string
     * @return paragraphs separated by a blank line, list items on lines of their own starting with "- ",
     *         whitespace collapsed, entities decoded, no tags, no script or style content; text without
     *         markup keeps its own lines
     */
    String toText(String html);
}
