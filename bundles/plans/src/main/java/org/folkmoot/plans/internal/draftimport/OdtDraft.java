package org.folkmoot.plans.internal.draftimport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text read from {@code content.xml} with StAX: {@code text:h} with its outline level is a heading,
 * {@code text:p} a paragraph, a {@code text:p} inside a {@code text:list-item} a list item. Notes, annotations and
 * the deleted text kept for tracked changes are left out.
 */
final class OdtDraft {

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String MIMETYPE = "mimetype";
    static final String CONTENT = "content.xml";
    static final String STYLES = "styles.xml";
    static final Set<String> PARTS = Set.of(MIMETYPE, CONTENT, STYLES);
    static final String TEXT_DOCUMENT = "application/vnd.oasis.opendocument.text";

    private OdtDraft() {
    }

    /** Whether the ZIP says it is an OpenDocument text (not a spreadsheet or a presentation). */
    static boolean isTextDocument(Map<String, byte[]> parts) {
        byte[] mimetype = parts.get(MIMETYPE);
        return mimetype != null && parts.containsKey(CONTENT)
                && new String(mimetype, StandardCharsets.US_ASCII).strip().equals(TEXT_DOCUMENT);
    }

    static List<DraftSection> read(Map<String, byte[]> parts, int maxSectionCharacters) {
        Sections sections = new Sections(maxSectionCharacters);
        try {
            ListNumbering numbering = new ListNumbering();
            if (parts.containsKey(STYLES)) {
                listStyles(parts.get(STYLES), numbering);
            }
            listStyles(parts.get(CONTENT), numbering);
            java.util.ArrayDeque<String> listStyles = new java.util.ArrayDeque<>();
            XMLStreamReader r = Xml.reader(parts.get(CONTENT));
            StringBuilder text = new StringBuilder();
            int block = 0; // depth of text:p / text:h, as frames can hold paragraphs inside paragraphs
            int skip = 0; // inside notes, annotations, tracked changes
            int lists = 0;
            Integer level = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    boolean text0 = TEXT.equals(r.getNamespaceURI());
                    if (text0 && (name.equals("note") || name.equals("tracked-changes")) || OFFICE.equals(r.getNamespaceURI()) && name.equals("annotation")) {
                        skip++;
                    } else if (skip > 0) {
                        continue;
                    } else if (text0 && name.equals("list")) {
                        String style = r.getAttributeValue(TEXT, "style-name");
                        String inherited = listStyles.isEmpty() ? null : listStyles.peek();
                        listStyles.push(style != null ? style : String.valueOf(inherited));
                        if (lists++ == 0 && !"true".equals(r.getAttributeValue(TEXT, "continue-numbering"))
                                && r.getAttributeValue(TEXT, "continue-list") == null) {
                            numbering.restart(listStyles.peek());
                        }
                    } else if (text0 && (name.equals("p") || name.equals("h"))) {
                        if (block++ == 0) {
                            text.setLength(0);
                            level = name.equals("h") ? outlineLevel(r.getAttributeValue(TEXT, "outline-level")) : null;
                        }
                    } else if (text0 && name.equals("s")) {
                        text.append(' ');
                    } else if (text0 && (name.equals("tab") || name.equals("line-break"))) {
                        text.append(' ');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    boolean text0 = TEXT.equals(r.getNamespaceURI());
                    if (text0 && (name.equals("note") || name.equals("tracked-changes")) || OFFICE.equals(r.getNamespaceURI()) && name.equals("annotation")) {
                        skip--;
                    } else if (skip > 0) {
                        continue;
                    } else if (text0 && name.equals("list")) {
                        listStyles.pop();
                        if (--lists == 0) {
                            sections.endList();
                        }
                    } else if (text0 && (name.equals("p") || name.equals("h")) && --block == 0) {
                        if (level != null && !Sections.clean(text.toString()).isEmpty()) {
                            sections.heading(level, text.toString());
                        } else if (lists > 0) {
                            sections.listItem(numbering.marker(listStyles.peek(), lists - 1), text.toString());
                        } else {
                            sections.paragraph(text.toString());
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && block > 0 && skip == 0) {
                    text.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw ZipParts.damaged(e);
        }
        return sections.sections();
    }

    /** The numbered levels of each list style (text:list-style with text:list-level-style-number children). */
    private static void listStyles(byte[] xml, ListNumbering numbering) throws XMLStreamException {
        XMLStreamReader r = Xml.reader(xml);
        String style = null;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT || !TEXT.equals(r.getNamespaceURI())) {
                continue;
            }
            if (r.getLocalName().equals("list-style")) {
                style = r.getAttributeValue(STYLE, "name");
            } else if (r.getLocalName().equals("list-level-style-number") && style != null) {
                numbering.numbered(style, ListNumbering.number(r.getAttributeValue(TEXT, "level"), 1) - 1,
                        ListNumbering.number(r.getAttributeValue(TEXT, "start-value"), 1));
            }
        }
    }

    private static Integer outlineLevel(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
