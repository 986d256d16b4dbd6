package org.folkmoot.plans.internal.draftimport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document read from its main part ({@code word/document.xml}) with StAX. A paragraph is a heading when its
 * style is one of Word's built-in headings ("heading 1" to "heading 6", whatever the style's id in the user's
 * language) or carries an outline level; it is a list item when it is numbered ({@code w:numPr}). Deleted text of
 * tracked changes ({@code w:delText}), field codes and footnotes are left out.
 */
final class DocxDraft {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The same vocabulary as Word writes it when saving as "Strict Open XML Document". */
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String NUMBERING = "word/numbering.xml";
    static final Set<String> PARTS = Set.of(CONTENT_TYPES, DOCUMENT, STYLES, NUMBERING);
    /** The content types of a main document part: a document, a template, and both with macros (their text is read, never their macros). */
    private static final Set<String> MAIN_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");

    private DocxDraft() {
    }

    /**
     * The name of the document's main part if the content types say this ZIP is a word-processing document (not a
     * spreadsheet or a presentation): {@code word/document.xml} as Word names it, or wherever another program put it.
     */
    static Optional<String> mainPart(Map<String, byte[]> parts) {
        byte[] types = parts.get(CONTENT_TYPES);
        if (types == null) {
            return Optional.empty();
        }
        try {
            XMLStreamReader r = Xml.reader(types);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Override")
                        && MAIN_TYPES.contains(String.valueOf(r.getAttributeValue(null, "ContentType")))) {
                    String name = String.valueOf(r.getAttributeValue(null, "PartName"));
                    return Optional.of(name.startsWith("/") ? name.substring(1) : name);
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw ZipParts.damaged(e);
        }
    }

    /** Reads the sections from the main part (which {@code parts} must hold) and the styles. */
    static List<DraftSection> read(Map<String, byte[]> parts, String mainPart, int maxSectionCharacters) {
        byte[] document = parts.get(mainPart);
        if (document == null) {
            throw ZipParts.damaged(null); // named in the content types, missing from the ZIP
        }
        try {
            Map<String, Integer> headingStyles = headingStyles(parts.get(STYLES));
            return body(document, headingStyles, numbering(parts.get(NUMBERING)), new Sections(maxSectionCharacters));
        } catch (XMLStreamException e) {
            throw ZipParts.damaged(e);
        }
    }

    /** Style id to heading level, from styles.xml: built-in heading names, or an outline level in the style. */
    private static Map<String, Integer> headingStyles(byte[] styles) throws XMLStreamException {
        Map<String, Integer> levels = new HashMap<>();
        for (int i = 1; i <= 6; i++) {
            levels.put("Heading" + i, i); // Word's ids in English, when styles.xml is missing
        }
        if (styles == null) {
            return levels;
        }
        XMLStreamReader r = Xml.reader(styles);
        String id = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event != XMLStreamConstants.START_ELEMENT || !isWord(r.getNamespaceURI())) {
                continue;
            }
            switch (r.getLocalName()) {
                case "style" -> id = attribute(r, "styleId");
                case "name" -> {
                    String name = String.valueOf(attribute(r, "val")).toLowerCase(Locale.ROOT);
                    if (id != null && name.matches("heading [1-6]")) {
                        levels.put(id, name.charAt(8) - '0');
                    } else if (id != null && name.equals("title")) {
                        levels.put(id, 1);
                    }
                }
                case "outlineLvl" -> {
                    Integer level = outlineLevel(attribute(r, "val"));
                    if (id != null && level != null) {
                        levels.putIfAbsent(id, level);
                    }
                }
                default -> {
                }
            }
        }
        return levels;
    }

    private static boolean isWord(String namespace) {
        return W.equals(namespace) || W_STRICT.equals(namespace);
    }

    /** A w: attribute of the current element, in either namespace. */
    private static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName) && isWord(r.getAttributeNamespace(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Integer outlineLevel(String value) {
        try {
            int level = Integer.parseInt(value) + 1; // 0-based; 9 means body text
            return level >= 1 && level <= 6 ? level : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Which numIds are numbered at which levels, from numbering.xml (w:num to w:abstractNum to each w:lvl's w:numFmt). */
    private static ListNumbering numbering(byte[] numbering) throws XMLStreamException {
        ListNumbering lists = new ListNumbering();
        if (numbering == null) {
            return lists;
        }
        Map<String, Map<Integer, Integer>> abstractStarts = new HashMap<>();
        Map<String, String> numToAbstract = new HashMap<>();
        XMLStreamReader r = Xml.reader(numbering);
        String abstractId = null;
        String numId = null;
        int level = 0;
        int start = 1;
        while (r.hasNext()) {
            int event = r.next();
            if (event != XMLStreamConstants.START_ELEMENT || !isWord(r.getNamespaceURI())) {
                continue;
            }
            switch (r.getLocalName()) {
                case "abstractNum" -> {
                    abstractId = attribute(r, "abstractNumId");
                    numId = null;
                }
                case "num" -> {
                    numId = attribute(r, "numId");
                    abstractId = null;
                }
                case "abstractNumId" -> {
                    if (numId != null) {
                        numToAbstract.put(numId, attribute(r, "val"));
                    }
                }
                case "lvl" -> {
                    level = ListNumbering.number(attribute(r, "ilvl"), 0);
                    start = 1;
                }
                case "start" -> start = ListNumbering.number(attribute(r, "val"), 1);
                case "numFmt" -> {
                    String format = String.valueOf(attribute(r, "val"));
                    if (abstractId != null && !format.equals("bullet") && !format.equals("none")) {
                        abstractStarts.computeIfAbsent(abstractId, a -> new HashMap<>()).put(level, start);
                    }
                }
                default -> {
                }
            }
        }
        numToAbstract.forEach((num, abs) -> abstractStarts.getOrDefault(abs, Map.of())
                .forEach((l, first) -> lists.numbered(num, l, first)));
        return lists;
    }

    private static List<DraftSection> body(byte[] document, Map<String, Integer> headingStyles, ListNumbering lists,
            Sections sections) throws XMLStreamException {
        XMLStreamReader r = Xml.reader(document);
        StringBuilder text = new StringBuilder();
        int depth = 0; // of w:p, as text boxes hold paragraphs inside paragraphs
        int skip = 0; // inside footnote references, field instructions, deleted runs
        Integer level = null;
        boolean listItem = false;
        String list = null; // the numbering a list item follows; another one starts another list
        String lastList = null;
        int indent = 0;
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && isWord(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "p" -> {
                        if (depth++ == 0) {
                            text.setLength(0);
                            level = null;
                            listItem = false;
                            list = null;
                            indent = 0;
                        }
                    }
                    case "pStyle" -> {
                        Integer l = headingStyles.get(attribute(r, "val"));
                        if (l != null && depth == 1) {
                            level = l;
                        }
                    }
                    case "outlineLvl" -> {
                        Integer l = outlineLevel(attribute(r, "val"));
                        if (l != null && depth == 1) {
                            level = l;
                        }
                    }
                    case "numPr" -> listItem = depth == 1;
                    case "numId" -> list = depth == 1 ? attribute(r, "val") : list;
                    case "ilvl" -> indent = depth == 1 ? ListNumbering.number(attribute(r, "val"), 0) : indent;
                    case "t" -> inText = skip == 0;
                    case "tab", "br", "cr" -> text.append(' ');
                    case "del", "instrText", "delText", "footnoteReference", "endnoteReference", "commentReference" -> skip++;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && isWord(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "p" -> {
                        if (--depth == 0) {
                            if (listItem && lastList != null && !lastList.equals(list)) {
                                sections.endList();
                            }
                            lastList = listItem ? list : null;
                            boolean heading = level != null && !Sections.clean(text.toString()).isEmpty();
                            paragraph(sections, level, listItem && !heading ? lists.marker(list, indent) : null, text.toString());
                        }
                    }
                    case "t" -> inText = false;
                    case "del", "instrText", "delText", "footnoteReference", "endnoteReference", "commentReference" -> skip--;
                    default -> {
                    }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
                text.append(r.getText());
            }
        }
        return sections.sections();
    }

    /** A heading if it has a level, a list item if it has a marker, else a paragraph. */
    private static void paragraph(Sections sections, Integer level, String listMarker, String text) {
        if (level != null && !Sections.clean(text).isEmpty()) {
            sections.heading(level, text);
        } else if (listMarker != null) {
            sections.listItem(listMarker, text);
        } else {
            sections.paragraph(text);
        }
    }
}
