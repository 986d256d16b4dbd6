package org.folkmoot.plans.internal.draftimport;

import static org.folkmoot.plans.internal.draftimport.Documents.docx;
import static org.folkmoot.plans.internal.draftimport.Documents.odt;
import static org.folkmoot.plans.internal.draftimport.Documents.wli;
import static org.folkmoot.plans.internal.draftimport.Documents.wp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import org.folkmoot.plans.internal.draftimport.DraftRefused.Reason;
import org.junit.jupiter.api.Test;

class DraftImporterTest {

    private final DraftImporter importer = new DraftImporter();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String outline(ImportedDraft draft) {
        StringBuilder out = new StringBuilder();
        for (DraftSection s : draft.sections()) {
            out.append(s.level()).append(' ').append(s.heading()).append(" => ").append(s.paragraphs()).append('\n');
        }
        return out.toString();
    }

    private Reason refusal(byte[] document) {
        return assertThrows(DraftRefused.class, () -> importer.read(document)).reason();
    }

    @Test
    void markdownHeadingsParagraphsAndListsBecomeSections() {
        ImportedDraft draft = importer.read(utf8("""
                Drafted by the steering group, March 2026.

                # Our vision
                A greener, fairer Ashby
                for everyone.

                ## Transport
                We will:

                - run a bus *every hour*;
                - mend the [towpath](https://example.org).

                1. First
                2. Second

                Setext heading
                --------------
                > Quoted from the survey.
                """));
        assertEquals(DraftFormat.MARKDOWN, draft.format());
        assertEquals("""
                0  => [Drafted by the steering group, March 2026.]
                1 Our vision => [A greener, fairer Ashby for everyone.]
                2 Transport => [We will:, - run a bus every hour;
                - mend the towpath., 1. First
                2. Second]
                2 Setext heading => [Quoted from the survey.]
                """, outline(draft));
        assertEquals("We will:\n\n- run a bus every hour;\n- mend the towpath.\n\n1. First\n2. Second",
                draft.sections().get(2).body());
    }

    @Test
    void aDocumentWithNoHeadingIsOneSection() {
        ImportedDraft draft = importer.read(utf8("Cynllun lle Llanfair.\n\nBydd y cyngor cymuned yn ymgynghori am wyth wythnos."));
        assertEquals(1, draft.sections().size());
        assertEquals(0, draft.sections().get(0).level());
        assertEquals(List.of("Cynllun lle Llanfair.", "Bydd y cyngor cymuned yn ymgynghori am wyth wythnos."),
                draft.sections().get(0).paragraphs());
    }

    @Test
    void aWordDocumentIsReadByItsHeadingStylesInAnyLanguage() {
        byte[] document = docx(wp("Pennawd1", "Ein gweledigaeth")
                + wp(null, "Tref wyrddach i bawb.")
                + "<w:p><w:r><w:t>Bysiau </w:t></w:r><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>bob awr</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>bob hanner awr</w:t></w:r></w:ins><w:r><w:tab/><w:t>yn y dref.</w:t></w:r></w:p>"
                + wp("Heading2", "Trafnidiaeth")
                + wli("Llwybr beicio")
                + wli("Gorsaf fysiau")
                + wli("ger yr afon", 1, 1)
                + wli("Yn gyntaf", 2, 0)
                + wp(null, "Diwedd."));
        ImportedDraft draft = importer.read(document);
        assertEquals(DraftFormat.DOCX, draft.format());
        assertEquals("""
                1 Ein gweledigaeth => [Tref wyrddach i bawb., Bysiau bob hanner awr yn y dref.]
                2 Trafnidiaeth => [- Llwybr beicio
                - Gorsaf fysiau
                  - ger yr afon, - Yn gyntaf, Diwedd.]
                """, outline(draft));
    }

    @Test
    void anOpenDocumentTextIsReadByItsOutlineLevels() {
        byte[] document = odt("<text:p>Preface.</text:p>"
                + "<text:h text:outline-level=\"1\">Our vision</text:h>"
                + "<text:p>A greener<text:s text:c=\"3\"/>town.<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>"
                + "<text:h text:outline-level=\"2\">Actions</text:h>"
                + "<text:list><text:list-item><text:p>Plant trees</text:p></text:list-item>"
                + "<text:list-item><text:p>Open a <text:span>library</text:span></text:p>"
                + "<text:list><text:list-item><text:p>on Saturdays</text:p></text:list-item></text:list></text:list-item></text:list>"
                + "<text:p>After the list.</text:p>");
        ImportedDraft draft = importer.read(document);
        assertEquals(DraftFormat.ODT, draft.format());
        assertEquals("""
                0  => [Preface.]
                1 Our vision => [A greener town.]
                2 Actions => [- Plant trees
                - Open a library
                  - on Saturdays, After the list.]
                """, outline(draft));
    }

    @Test
    void notepadsUnicodeAndAnsiTextAreReadToo() {
        byte[] utf16 = "\uFEFF# Cynllun\n\nTref wyrddach \u2013 i bawb.".getBytes(StandardCharsets.UTF_16LE);
        ImportedDraft unicode = importer.read(utf16);
        assertEquals("Cynllun", unicode.sections().get(0).heading());
        assertEquals(List.of("Tref wyrddach \u2013 i bawb."), unicode.sections().get(0).paragraphs());

        byte[] ansi = "# Budget\n\nThe council\u2019s \u00a3250 grant.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals(List.of("The council\u2019s \u00a3250 grant."), importer.read(ansi).sections().get(0).paragraphs());
    }

    @Test
    void aStrictOpenXmlWordDocumentIsReadToo() {
        String strict = "xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        parts.put("word/document.xml", "<w:document " + strict + "><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Vision</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Greener.</w:t></w:r></w:p></w:body></w:document>");
        ImportedDraft draft = importer.read(Documents.zip(parts, false));
        assertEquals(DraftFormat.DOCX, draft.format());
        assertEquals("1 Vision => [Greener.]\n", outline(draft));
    }

    @Test
    void theMainPartIsFoundByItsContentTypeWhereverItIs() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        parts.put("word/document2.xml", "<w:document " + Documents.W + "><w:body>" + wp("Heading1", "Vision") + wp(null, "Greener.")
                + "</w:body></w:document>");
        assertEquals("1 Vision => [Greener.]\n", outline(importer.read(Documents.zip(parts, false))));

        parts.remove("word/document2.xml");
        assertEquals(Reason.DAMAGED, refusal(Documents.zip(parts, false)), "the main part named but missing");

        Map<String, String> sheet = new LinkedHashMap<>();
        sheet.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
        sheet.put("xl/workbook.xml", "<workbook/>");
        assertEquals(Reason.NOT_A_DRAFT_FORMAT, refusal(Documents.zip(sheet, false)), "a spreadsheet");
    }

    @Test
    void theFormatIsTakenFromTheContentNotTheName() {
        // a DOCX uploaded as "plan.md", Markdown uploaded as "plan.docx": the importer is never told the name
        assertEquals(DraftFormat.DOCX, importer.read(docx(wp(null, "Text."))).format());
        assertEquals(DraftFormat.MARKDOWN, importer.read(utf8("# Plan\nText.")).format());
    }

    @Test
    void otherFormatsAreRefusedWithTheFormatsThatWork() {
        byte[] pdf = Arrays.copyOf(utf8("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj"), 64);
        pdf[40] = (byte) 0x9c;
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Map<String, String> sheet = new LinkedHashMap<>();
        sheet.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        sheet.put("content.xml", "<x/>");
        for (byte[] document : List.of(pdf, oldWord, png, Documents.zip(sheet, true), Documents.zip(Map.of("a.txt", "hello"), false),
                utf8("{\\rtf1\\ansi Plan}"), utf8("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), utf8("<!DOCTYPE html><html><body>Plan</body></html>"), new byte[] {'a', 0, 'b'})) {
            DraftRefused refused = assertThrows(DraftRefused.class, () -> importer.read(document));
            assertEquals(Reason.NOT_A_DRAFT_FORMAT, refused.reason());
            assertTrue(refused.getMessage().contains("Markdown (.md), OpenDocument text (.odt) or Word (.docx)"));
        }
    }

    @Test
    void damagedDocumentsAreRefusedAsDamaged() {
        byte[] good = docx(wp(null, "A whole paragraph of text, long enough to be compressed into the archive properly."));
        assertEquals(Reason.DAMAGED, refusal(Arrays.copyOf(good, good.length / 2)), "a truncated DOCX");
        assertEquals(Reason.DAMAGED, refusal(docx("<w:p><w:r><w:t>unclosed</w:r></w:p>")), "malformed XML");
        byte[] corrupt = good.clone();
        for (int i = 60; i < 200 && i < corrupt.length; i++) {
            corrupt[i] ^= 0x5A;
        }
        assertEquals(Reason.DAMAGED, refusal(corrupt), "scrambled compressed data");
        assertEquals(Reason.DAMAGED, refusal(new byte[] {'P', 'K', 3, 4, 1, 2}), "a ZIP header and nothing else");
    }

    @Test
    void entitiesAndDoctypesAreNotExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>&b;</text:p></office:text></office:body></office:document-content>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put("content.xml", laughs);
        assertEquals(Reason.DAMAGED, refusal(Documents.zip(parts, true)));
    }

    @Test
    void aZipBombIsStoppedWhileItInflates() {
        // 2 MB of one letter deflates about a thousand times: no document does that
        Map<String, String> bomb = new LinkedHashMap<>();
        bomb.put("mimetype", "application/vnd.oasis.opendocument.text");
        bomb.put("content.xml", "a".repeat(2 << 20));
        byte[] document = Documents.zip(bomb, true);
        assertTrue(document.length < 20_000, "the bomb is small: " + document.length);
        assertEquals(Reason.INFLATES_TOO_FAR, refusal(document));

        // past the limit on everything inflated, whatever the ratio
        DraftImporter small = new DraftImporter(new DraftLimits(20 << 20, 1 << 20, 1000, 200_000));
        Map<String, String> big = new LinkedHashMap<>();
        big.put("mimetype", "application/vnd.oasis.opendocument.text");
        big.put("content.xml", words(new Random(1), 2 << 20));
        assertEquals(Reason.INFLATES_TOO_FAR,
                assertThrows(DraftRefused.class, () -> small.read(Documents.zip(big, true))).reason());
    }

    @Test
    void aTenMegabyteSectionIsRefusedWithItsHeading() {
        String huge = words(new Random(2), 10 << 20);
        DraftRefused markdown = assertThrows(DraftRefused.class,
                () -> importer.read(utf8("# Vision\n\nShort.\n\n# Everything\n\n" + huge)));
        assertEquals(Reason.SECTION_TOO_LONG, markdown.reason());
        assertEquals(List.of("Everything", 100_000), markdown.arguments());

        DraftRefused word = assertThrows(DraftRefused.class, () -> importer.read(docx(wp("Pennawd1", "Popeth") + wp(null, huge))));
        assertEquals(Reason.SECTION_TOO_LONG, word.reason());
        assertEquals("Popeth", word.arguments().get(0));
    }

    @Test
    void markdownBuiltToStallTheParserIsRefusedBeforeItIsParsed() {
        for (String attack : List.of(
                ">".repeat(20_000) + " quotes in quotes",
                "- ".repeat(20_000) + "lists in lists",
                "<".repeat(5_000) + " unclosed angle brackets",
                "*".repeat(50_000) + "x" + "*".repeat(50_000),
                "Long paragraph " + "<a ".repeat(900) + "text ".repeat(20_000),
                "- a\n" + java.util.stream.IntStream.range(1, 300).mapToObj(i -> " ".repeat(2 * i) + "- a").collect(java.util.stream.Collectors.joining("\n")))) {
            assertEquals(Reason.MARKUP_TOO_COMPLEX, refusal(utf8("# Plan\n\n" + attack)), attack.substring(0, 20));
        }
    }

    @Test
    void ordinaryMarkupInALongPlanIsNotMistakenForAnAttack() {
        StringBuilder plan = new StringBuilder();
        for (int section = 0; section < 60; section++) {
            plan.append("## Priority ").append(section).append("\n\n");
            for (int p = 0; p < 5; p++) {
                plan.append("We will **act** on *this* with [partners](https://example.org/").append(p)
                        .append(") and `code` where <https://example.org> says so. ".repeat(8)).append("\n\n");
            }
            plan.append("- one\n  - two\n    - three\n      - four\n\n");
        }
        ImportedDraft draft = importer.read(utf8(plan.toString()));
        assertEquals(60, draft.sections().size());
        assertTrue(draft.sections().get(0).body().endsWith("- one\n  - two\n    - three\n      - four"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        DraftImporter oneMegabyte = new DraftImporter(new DraftLimits(1 << 20, 1 << 20, 500, 200_000));
        byte[] document = utf8("# Plan\n\n" + words(new Random(3), (1 << 20) + 10));
        DraftRefused refused = assertThrows(DraftRefused.class, () -> oneMegabyte.read(document));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals(List.of(1L), refused.arguments());
    }

    @Test
    void aDocumentWithNoTextIsRefused() {
        assertEquals(Reason.EMPTY, refusal(new byte[0]));
        assertEquals(Reason.EMPTY, refusal(utf8("\n\n---\n\n")));
        assertEquals(Reason.EMPTY, refusal(docx(wp(null, " "))));
    }

    @Test
    void aFailingStreamIsAnIoErrorNotARefusal() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThrows(UncheckedIOException.class, () -> importer.read(failing));
    }

    @Test
    void everyRefusalHasAnEnglishAndAWelshMessage() throws IOException {
        for (String file : List.of("l10n/messages.properties", "l10n/messages_cy.properties")) {
            Properties messages = new Properties();
            try (InputStream in = DraftImporter.class.getClassLoader().getResourceAsStream(file)) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Reason reason : Reason.values()) {
                assertTrue(messages.containsKey(reason.messageKey()), file + " lacks " + reason.messageKey());
            }
        }
    }

    /** Text of about {@code length} characters from a few hundred words, as prose compresses (not as a bomb does). */
    static String words(Random random, int length) {
        String[] vocabulary = ("the council will community plan residents housing transport green library bus path school "
                + "health park river town village consultation action priority outcome partner group trust board "
                + "y cyngor cymuned cynllun trigolion tai trafnidiaeth gwyrdd llyfrgell bws llwybr ysgol iechyd parc")
                .split(" ");
        StringBuilder out = new StringBuilder(length + 16);
        while (out.length() < length) {
            out.append(vocabulary[random.nextInt(vocabulary.length)]);
            out.append(random.nextInt(12) == 0 ? ". " : " ");
            if (random.nextInt(50) == 0) {
                out.append(random.nextInt(100_000));
                out.append(' ');
            }
        }
        return out.toString();
    }
}
