package org.folkmoot.platform.internal.text;

import java.util.Set;
import java.util.regex.Pattern;

import org.folkmoot.api.text.HtmlText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;
import org.osgi.service.component.annotations.Component;

/**
 * HTML bodies from another platform's editor (Decidim, CONSUL) as plain text, with jsoup (embedded): block
 * elements become paragraphs, list items lines of their own, entities decoded, no markup or scripts left.
 * Text without markup (comments) keeps its lines.
 */
@Component(service = HtmlText.class)
public final class JsoupHtmlText implements HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "ul", "ol", "table", "section", "article", "header", "footer", "figure", "hr", "dl");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "figcaption");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/]");

    public JsoupHtmlText() {
    }

    @Override
    public String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!MARKUP.matcher(html).find()) {
            return plain(Parser.unescapeEntities(html, false));
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(String.join(",", DROPPED)).remove();
        TextWriter writer = new TextWriter();
        body.traverse(writer);
        return writer.text();
    }

    private static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** Walks the tree once, writing text and the breaks block elements imply. */
    private static final class TextWriter implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        /** Inside a list item, paragraphs are lines: "- " then the item's text. */
        private int listItems;
        private boolean bulletWaiting;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String words = SPACES.matcher(text.getWholeText()).replaceAll(" ");
                if (atLineStart()) {
                    words = words.stripLeading();
                }
                out.append(words);
                bulletWaiting &= words.isBlank();
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    lineBreak();
                } else if (name.equals("li")) {
                    lineBreak();
                    out.append("- ");
                    listItems++;
                    bulletWaiting = true;
                } else if (PARAGRAPHS.contains(name)) {
                    paragraphBreak();
                } else if (LINES.contains(name)) {
                    lineBreak();
                } else if (name.equals("td") || name.equals("th")) {
                    if (!atLineStart()) {
                        out.append(' ');
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (PARAGRAPHS.contains(name)) {
                    paragraphBreak();
                } else if (name.equals("li")) {
                    listItems--;
                    bulletWaiting = false;
                    lineBreak();
                } else if (LINES.contains(name)) {
                    lineBreak();
                }
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private void lineBreak() {
            if (bulletWaiting) {
                return;
            }
            trimTrailingSpace();
            if (!out.isEmpty() && !atLineStart()) {
                out.append('\n');
            }
        }

        private void paragraphBreak() {
            lineBreak();
            if (listItems == 0 && !out.isEmpty() && !out.toString().endsWith("\n\n")) {
                out.append('\n');
            }
        }

        private void trimTrailingSpace() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        String text() {
            return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
        }
    }
}
