package org.folkmoot.plans.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.folkmoot.plans.internal.report.ProgressReport.ActionLine;
import org.folkmoot.plans.internal.report.ProgressReport.IndicatorLine;

/**
 * A progress report as an OpenDocument text ({@code .odt}, the open standard the UK government
 * asks documents to be shared in), for the board or partnership to send on and keep: the same
 * content as the report's page, in one language, headings as outline levels so that a word
 * processor's navigator (and a screen reader) finds them, the actions as a table with a header row.
 *
 * <p>Written with the JDK only: the ZIP holds {@code mimetype} first and uncompressed (as ODF 1.2
 * part 3 requires), {@code META-INF/manifest.xml}, an empty {@code styles.xml} and {@code content.xml}
 * written with StAX, so every
 * text is escaped by the writer.
 */
public final class ProgressReportDocument {
    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /** The report's words in the document's language, from the module's messages. */
    @FunctionalInterface
    public interface Words {
        String of(String key, Object... arguments);
    }

    private ProgressReportDocument() {
    }

    public static void write(ProgressReport r, String language, Words words, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();
        try {
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            manifest(zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("styles.xml"));
            styles(zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            content(r, language, words, zip);
            zip.closeEntry();
        } catch (XMLStreamException e) {
            throw new IOException("the report could not be written: " + e.getMessage(), e);
        }
        zip.finish();
    }

    /** A writer into the open ZIP entry; {@link #done} flushes it and leaves the entry open for the caller to close. */
    private static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return XMLOutputFactory.newFactory().createXMLStreamWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void done(XMLStreamWriter x) throws XMLStreamException {
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    private static void manifest(OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = writer(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("manifest", "manifest", MANIFEST);
        x.writeNamespace("manifest", MANIFEST);
        x.writeAttribute("manifest", MANIFEST, "version", "1.2");
        entry(x, "/", MEDIA_TYPE);
        entry(x, "styles.xml", "text/xml");
        entry(x, "content.xml", "text/xml");
        x.writeEndElement();
        done(x);
    }

    /** No styles of its own (the reader's defaults); some readers (pandoc) expect the part to be there. */
    private static void styles(OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = writer(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("office", "document-styles", OFFICE);
        x.writeNamespace("office", OFFICE);
        x.writeAttribute("office", OFFICE, "version", "1.2");
        x.writeEmptyElement("office", "styles", OFFICE);
        x.writeEndElement();
        done(x);
    }

    private static void entry(XMLStreamWriter x, String path, String type) throws XMLStreamException {
        x.writeEmptyElement("manifest", "file-entry", MANIFEST);
        x.writeAttribute("manifest", MANIFEST, "full-path", path);
        x.writeAttribute("manifest", MANIFEST, "media-type", type);
    }

    private static void content(ProgressReport r, String language, Words words, OutputStream out) throws XMLStreamException {
        DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("cy".equals(language) ? "cy" : "en-GB"));
        XMLStreamWriter x = writer(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("office", "document-content", OFFICE);
        x.writeNamespace("office", OFFICE);
        x.writeNamespace("text", TEXT);
        x.writeNamespace("table", TABLE);
        x.writeAttribute("office", OFFICE, "version", "1.2");
        x.writeStartElement("office", "body", OFFICE);
        x.writeStartElement("office", "text", OFFICE);

        heading(x, 1, words.of("plans.report.pageTitle", r.due().number(), r.plan().title().in(language)));
        paragraph(x, words.of("plans.report.period") + ": " + days.format(r.due().from()) + " – " + days.format(r.due().to()));
        paragraph(x, words.of("plans.report.due") + ": " + days.format(r.due().dueBy()) + " ("
                + words.of("plans.report.standing." + r.standing().name()) + ")");
        paragraph(x, words.of("plans.report.basis") + ": " + r.rules().reporting().citation());
        if (r.published() != null) {
            paragraph(x, words.of("plans.report.publishedOn") + ": " + days.format(r.published().on()));
        }
        r.plan().adoption().ifPresent(a -> {
            try {
                paragraph(x, words.of("plans.plan.adopted") + ": " + words.of("plans.plan.adopted.on", days.format(a.on()), a.version()));
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        paragraph(x, words.of("plans.report.summary", r.actions().size(), r.count("COMPLETE"), r.count("ON_TRACK"), r.count("DELAYED"),
                r.count("NOT_STARTED")));

        heading(x, 2, words.of("plans.report.action"));
        if (r.actions().isEmpty()) {
            paragraph(x, words.of("plans.report.noActions"));
        } else {
            actions(x, r, language, words, days);
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        done(x);
    }

    private static void actions(XMLStreamWriter x, ProgressReport r, String language, Words words, DateTimeFormatter days)
            throws XMLStreamException {
        x.writeStartElement("table", "table", TABLE);
        x.writeAttribute("table", TABLE, "name", words.of("plans.report.action"));
        x.writeEmptyElement("table", "table-column", TABLE);
        x.writeAttribute("table", TABLE, "number-columns-repeated", "4");
        x.writeStartElement("table", "table-header-rows", TABLE);
        row(x, words.of("plans.report.action"), words.of("plans.report.status"), words.of("plans.report.progress"),
                words.of("plans.report.indicators"));
        x.writeEndElement();
        for (ActionLine a : r.actions()) {
            String action = a.action().heading().in(language);
            if (a.action().action() != null && !a.action().action().lead().isEmpty()) {
                action += "\n" + words.of("plans.action.lead") + ": " + a.action().action().lead();
            }
            String progress = (a.updated() == null ? "" : words.of("plans.report.updated", days.format(a.updated())) + "\n") + a.note();
            StringBuilder indicators = new StringBuilder();
            for (IndicatorLine i : a.indicators()) {
                indicators.append(indicators.length() == 0 ? "" : "\n").append(i.indicator().name().in(language)).append(": ")
                        .append(words.of("plans.report.indicator", number(i.indicator().baseline()), number(i.latest()),
                                number(i.indicator().target())));
                if (i.indicator().unit() != null && !i.indicator().unit().isBlank()) {
                    indicators.append(' ').append(i.indicator().unit());
                }
            }
            row(x, action, words.of("plans.status." + a.status().name()), progress, indicators.length() == 0 ? "–" : indicators.toString());
        }
        x.writeEndElement();
    }

    private static String number(java.math.BigDecimal n) {
        return n == null ? "–" : n.toPlainString();
    }

    private static void row(XMLStreamWriter x, String... cells) throws XMLStreamException {
        x.writeStartElement("table", "table-row", TABLE);
        for (String cell : cells) {
            x.writeStartElement("table", "table-cell", TABLE);
            x.writeAttribute("office", OFFICE, "value-type", "string");
            for (String line : cell.split("\n", -1)) {
                paragraph(x, line);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void heading(XMLStreamWriter x, int level, String text) throws XMLStreamException {
        x.writeStartElement("text", "h", TEXT);
        x.writeAttribute("text", TEXT, "outline-level", String.valueOf(level));
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter x, String text) throws XMLStreamException {
        x.writeStartElement("text", "p", TEXT);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
