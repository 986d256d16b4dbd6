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
    static final String MIMETYPE = "mimetype";
    static final String CONTENT = "content.xml";
    static final Set<String> PARTS = Set.of(MIMETYPE, CONTENT);
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
                        lists++;
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
                        if (--lists == 0) {
                            sections.endList();
                        }
                    } else if (text0 && (name.equals("p") || name.equals("h")) && --block == 0) {
                        if (level != null && !Sections.clean(text.toString()).isEmpty()) {
                            sections.heading(level, text.toString());
                        } else if (lists > 0) {
                            sections.listItem("  ".repeat(lists - 1) + "- ", text.toString());
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
