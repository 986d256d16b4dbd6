package org.folkmoot.plans.internal.draftimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a first draft from a Markdown, ODT or DOCX document, deciding which by its bytes, never by its name: a ZIP
 * whose parts say it is a word-processing document (DOCX) or an OpenDocument text (ODT); otherwise text (UTF-8, UTF-16
 * with a byte order mark, or Windows-1252), read as Markdown (plain text is Markdown too). Everything else is refused with the formats that work. Thread-safe.
 */
public final class DraftImporter {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] POSTSCRIPT = {'%', '!', 'P', 'S'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private final DraftLimits limits;

    public DraftImporter(DraftLimits limits) {
        this.limits = limits;
    }

    public DraftImporter() {
        this(DraftLimits.DEFAULT);
    }

    /**
     * Reads the document; reads at most one byte past {@link DraftLimits#maxDocumentBytes()} from the stream.
     *
     * @throws DraftRefused if it is not a draft this can read, or is over a limit
     * @throws UncheckedIOException if the stream fails
     */
    public ImportedDraft read(InputStream document) {
        byte[] bytes;
        try {
            bytes = document.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            long megabytes = limits.maxDocumentBytes() >> 20;
            throw new DraftRefused(DraftRefused.Reason.TOO_LARGE, "The file is larger than " + megabytes + " MB.",
                    List.of(megabytes));
        }
        if (startsWith(bytes, ZIP)) {
            return zipped(bytes);
        }
        if (startsWith(bytes, PDF) || startsWith(bytes, POSTSCRIPT)) {
            throw notADraft(); // even a PDF written all in ASCII
        }
        String text = text(bytes);
        if (text == null || isOtherMarkup(text)) {
            throw notADraft();
        }
        return new ImportedDraft(DraftFormat.MARKDOWN, MarkdownDraft.read(text, limits.maxSectionCharacters()));
    }

    /** As {@link #read(InputStream)}, for a document already in memory. */
    public ImportedDraft read(byte[] document) {
        return read(new java.io.ByteArrayInputStream(document));
    }

    public DraftLimits limits() {
        return limits;
    }

    private ImportedDraft zipped(byte[] bytes) {
        Set<String> wanted = new HashSet<>(DocxDraft.PARTS);
        wanted.addAll(OdtDraft.PARTS);
        Map<String, byte[]> parts = ZipParts.read(bytes, wanted, limits);
        if (OdtDraft.isTextDocument(parts)) {
            return new ImportedDraft(DraftFormat.ODT, OdtDraft.read(parts, limits.maxSectionCharacters()));
        }
        Optional<String> main = DocxDraft.mainPart(parts);
        if (main.isPresent()) {
            if (!parts.containsKey(main.get())) { // not where Word puts it: read the ZIP again for that part
                parts = ZipParts.read(bytes, Set.of(main.get(), DocxDraft.STYLES), limits);
            }
            return new ImportedDraft(DraftFormat.DOCX, DocxDraft.read(parts, main.get(), limits.maxSectionCharacters()));
        }
        throw notADraft(); // a spreadsheet, a presentation, an EPUB, any other ZIP
    }

    /**
     * The bytes as text, or null if they are not text: UTF-8 (with or without a byte order mark), UTF-16 with its byte
     * order mark (Notepad's "Unicode"), or else Windows-1252 (Notepad's "ANSI", with curly quotes), as long as nothing
     * but line breaks, tabs and form feeds is a control character.
     */
    private static String text(byte[] bytes) {
        String text;
        if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
            text = decode(bytes, 2, startsWith(bytes, UTF16LE_BOM) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        } else {
            int start = startsWith(bytes, UTF8_BOM) ? 3 : 0;
            text = decode(bytes, start, StandardCharsets.UTF_8);
            if (text == null && start == 0) {
                text = decode(bytes, 0, Charset.forName("windows-1252"));
            }
        }
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\ufffd') {
                return null;
            }
        }
        return text;
    }

    private static String decode(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** RTF, HTML and XML are text, but not Markdown a plan can be read from. */
    private static boolean isOtherMarkup(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(20, head.length())).toLowerCase(Locale.ROOT);
        return head.startsWith("{\\rtf") || head.startsWith("<?xml") || head.startsWith("<!doctype")
                || head.startsWith("<html");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static DraftRefused notADraft() {
        return new DraftRefused(DraftRefused.Reason.NOT_A_DRAFT_FORMAT,
                "This file is not a document Folkmoot can read. Upload a Markdown (.md), OpenDocument text (.odt) or Word (.docx) file.",
                List.of());
    }
}
