package org.folkmoot.connector.decidim.internal.text;

/** Decidim's HTML bodies as plain text: block elements become lines, entities decoded, no markup or scripts left. */
public final class HtmlText {

    private HtmlText() {
    }

    /**
     * The plain text of an HTML fragment (or of text that has no markup at all).
     *
     * @param html a body as Decidim stores it; {@code null} gives the empty string
     * @return paragraphs separated by a blank line, list items on lines of their own starting with "- ",
     *         whitespace collapsed, no tags, no script or style content
     */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // Filled in with jsoup in the next commit; the signature is what callers rely on.
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
}
