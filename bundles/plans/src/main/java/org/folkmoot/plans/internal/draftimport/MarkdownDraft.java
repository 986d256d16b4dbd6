package org.folkmoot.plans.internal.draftimport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A Markdown draft read with commonmark-java: ATX and Setext headings, paragraphs, lists, quotes and code as text.
 * The tree is walked without recursion, so a document nested thousands of levels deep (quotes in quotes, lists in
 * lists) cannot exhaust the stack; lists deeper than {@link #MAX_LIST_DEPTH} are shown at that depth.
 */
final class MarkdownDraft {

    static final int MAX_LIST_DEPTH = 8;

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownDraft() {
    }

    static List<DraftSection> read(String markdown, int maxSectionCharacters) {
        MarkdownGuard.check(markdown);
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // commonmark-java merges the text of nested emphasis recursively: thousands of levels exhaust the stack
            throw MarkdownGuard.tooComplex();
        }
        Sections sections = new Sections(maxSectionCharacters);
        Deque<Node> blocks = new ArrayDeque<>();
        pushChildren(document, blocks);
        while (!blocks.isEmpty()) {
            Node block = blocks.pop();
            if (block instanceof Heading h) {
                sections.heading(h.getLevel(), inline(h));
            } else if (block instanceof Paragraph p) {
                sections.paragraph(inline(p));
            } else if (block instanceof ListBlock list) {
                list(list, sections);
                sections.endList();
            } else if (block instanceof BlockQuote) {
                pushChildren(block, blocks);
            } else if (block instanceof FencedCodeBlock code) {
                sections.paragraph(code.getLiteral());
            } else if (block instanceof IndentedCodeBlock code) {
                sections.paragraph(code.getLiteral());
            }
            // thematic breaks, HTML blocks and link reference definitions carry no text of the plan
        }
        return sections.sections();
    }

    /** Pushes a node's children so that the first is popped first. */
    private static void pushChildren(Node parent, Deque<Node> stack) {
        Deque<Node> reversed = new ArrayDeque<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            reversed.push(child);
        }
        reversed.forEach(stack::push);
    }

    /** A list item waiting to be written, with how many lists it is nested in. */
    private record Pending(ListItem item, int depth) {
    }

    /** A list's items as lines ("- item", "1. item"), nested lists indented two spaces a level, in document order. */
    private static void list(ListBlock top, Sections sections) {
        ListNumbering numbers = new ListNumbering();
        Deque<Pending> items = new ArrayDeque<>();
        pushItems(top, 0, items, numbers);
        while (!items.isEmpty()) {
            Pending p = items.pop();
            StringBuilder text = new StringBuilder();
            Deque<ListBlock> nested = new ArrayDeque<>();
            for (Node child = p.item().getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock list) {
                    nested.push(list);
                } else {
                    text.append(text.length() > 0 ? " " : "").append(inline(child));
                }
            }
            sections.listItem(numbers.marker(name(p.item().getParent()), p.depth()), text.toString());
            for (ListBlock list : nested) { // the last nested list first, so that the first one's items come out first
                pushItems(list, Math.min(p.depth() + 1, MAX_LIST_DEPTH), items, numbers);
            }
        }
    }

    private static void pushItems(ListBlock list, int depth, Deque<Pending> items, ListNumbering numbers) {
        if (list instanceof OrderedList ordered) {
            numbers.numbered(name(list), depth, ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber());
        }
        Deque<Pending> reversed = new ArrayDeque<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                reversed.push(new Pending(item, depth));
            }
        }
        reversed.forEach(items::push);
    }

    private static String name(Node list) {
        return Integer.toHexString(System.identityHashCode(list));
    }

    /** The text of a block's inline content: words, code, links' text; line breaks as spaces. */
    private static String inline(Node node) {
        StringBuilder out = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(node, stack);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Text text) {
                out.append(text.getLiteral());
            } else if (n instanceof Code code) {
                out.append(code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else if (n instanceof FencedCodeBlock code) {
                out.append(code.getLiteral());
            } else if (n instanceof IndentedCodeBlock code) {
                out.append(code.getLiteral());
            } else {
                pushChildren(n, stack);
            }
        }
        return out.toString();
    }
}
