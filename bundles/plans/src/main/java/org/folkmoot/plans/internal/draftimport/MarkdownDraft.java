package org.folkmoot.plans.internal.draftimport;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** A Markdown draft read with commonmark-java: ATX and Setext headings, paragraphs, lists, quotes and code as text. */
final class MarkdownDraft {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownDraft() {
    }

    static List<DraftSection> read(String markdown, int maxSectionCharacters) {
        Sections sections = new Sections(maxSectionCharacters);
        Node document = PARSER.parse(markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            block(block, sections);
        }
        return sections.sections();
    }

    private static void block(Node block, Sections sections) {
        if (block instanceof Heading h) {
            sections.heading(h.getLevel(), inline(h));
        } else if (block instanceof Paragraph p) {
            sections.paragraph(inline(p));
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            list(block, sections, "");
            sections.endList();
        } else if (block instanceof BlockQuote) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                block(child, sections);
            }
        } else if (block instanceof FencedCodeBlock code) {
            sections.paragraph(code.getLiteral());
        } else if (block instanceof IndentedCodeBlock code) {
            sections.paragraph(code.getLiteral());
        }
        // thematic breaks, HTML blocks and link reference definitions carry no text of the plan
    }

    /** A list's items as lines, nested lists indented by two spaces. */
    private static void list(Node list, Sections sections, String indent) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? indent + (number++) + ". " : indent + "- ";
            StringBuilder text = new StringBuilder();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList || child instanceof OrderedList) {
                    sections.listItem(marker, text.toString());
                    text.setLength(0);
                    marker = null;
                    list(child, sections, indent + "  ");
                } else {
                    text.append(text.length() > 0 ? " " : "").append(inline(child));
                }
            }
            if (marker != null || text.length() > 0) {
                sections.listItem(marker == null ? indent + "  " : marker, text.toString());
            }
        }
    }

    /** The text of a block's inline content: words, code, links' text; line breaks as spaces. */
    private static String inline(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }
}
