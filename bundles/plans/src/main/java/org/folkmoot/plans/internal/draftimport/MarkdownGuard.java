package org.folkmoot.plans.internal.draftimport;

import java.util.List;

/**
 * Refuses Markdown built to stall the parser before it is parsed. commonmark-java takes time that grows with the
 * square of some runs of markup in one paragraph (100,000 "&lt;" took 17 s, 100,000 "![" 4 s here) and merges nested
 * emphasis recursively (100,000 levels exhaust the stack), and deeply nested lists cost it the square of their depth.
 * No plan has more than a few hundred of these characters in a paragraph, nor lists or quotes nested more than a
 * few levels, so refused are: a paragraph with more than {@link #MAX_PER_PARAGRAPH} of any of {@code < [ * _ `};
 * a document whose "&lt;" and "[" times the length of their paragraphs pass {@link #MAX_COST}; a line opened by
 * more than {@link #MAX_DEPTH} quote or list markers, or indented more than four spaces a level deeper; more than
 * {@link #MAX_MARKERS} markers in all.
 */
final class MarkdownGuard {

    static final int MAX_PER_PARAGRAPH = 1_000;
    static final int MAX_DEPTH = 50;
    /** Quote and list markers in the whole document: a few thousand in a long plan; each costs the parser a node. */
    static final long MAX_MARKERS = 200_000;
    /**
     * The sum over paragraphs of their "&lt;" and "[" times their length: commonmark-java looks ahead from each, so its
     * time grows with this (2 x 10^10 took 143 s here, 5 x 10^7 half a second to two); a 40,000-word plan with a
     * hundred links costs about 10^5.
     */
    static final long MAX_COST = 20_000_000L;
    private static final String RISKY = "<[*_`";

    private MarkdownGuard() {
    }

    static void check(String markdown) {
        Paragraph paragraph = new Paragraph();
        long markers = 0;
        int n = markdown.length();
        for (int lineStart = 0; lineStart < n;) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int depth = depth(markdown, lineStart, lineEnd);
            markers += depth;
            if (depth > MAX_DEPTH || markers > MAX_MARKERS) {
                throw tooComplex();
            }
            String line = markdown.substring(lineStart, lineEnd);
            if (line.isBlank() || depth > 0 || line.stripLeading().startsWith("#")) {
                paragraph.end(); // the parser reads the inlines of each paragraph, heading or list item apart
            }
            paragraph.add(line);
            lineStart = lineEnd + 1;
        }
        paragraph.end();
    }

    /** The risky characters of the paragraph being read, and what they cost over the document. */
    private static final class Paragraph {
        private final int[] counts = new int[RISKY.length()];
        private long risky;
        private long length;
        private long cost;

        void add(String line) {
            for (int i = 0; i < line.length(); i++) {
                int k = RISKY.indexOf(line.charAt(i));
                if (k >= 0) {
                    if (k < 2) {
                        risky++; // "<" and "[": the parser looks ahead from each one
                    }
                    if (++counts[k] > MAX_PER_PARAGRAPH) {
                        throw tooComplex();
                    }
                }
            }
            length += line.length() + 1;
        }

        void end() {
            cost += risky * length;
            if (cost > MAX_COST) {
                throw tooComplex();
            }
            java.util.Arrays.fill(counts, 0);
            risky = 0;
            length = 0;
        }
    }

    /** How many quote and list markers open the line ("> > - 1. text" is 4). */
    private static int depth(String s, int from, int to) {
        int depth = 0;
        int indent = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                indent += c == ' ' ? 1 : 4;
                if (indent > 4 * MAX_DEPTH) {
                    return Integer.MAX_VALUE; // nesting by indentation alone
                }
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < to && s.charAt(i + 1) == ' ') {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < to && j - i < 9 && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j + 1 < to && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth;
    }

    static DraftRefused tooComplex() {
        return new DraftRefused(DraftRefused.Reason.MARKUP_TOO_COMPLEX,
                "The document has thousands of markup characters in one paragraph, or lists and quotes nested hundreds deep.",
                List.of());
    }
}
