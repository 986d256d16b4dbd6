package org.folkmoot.platform.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.folkmoot.api.files.FileType;

/**
 * What a file is, from its bytes: magic numbers for PDF, PNG and JPEG; for a ZIP, its
 * {@code mimetype} entry (ODF) or {@code [Content_Types].xml} (Office Open XML); otherwise CSV when
 * the whole file is text in UTF-8 or Windows-1252 without NULs. Reads a spooled file, so a ZIP's
 * directory at its end is reachable without holding the file in memory.
 */
final class ContentType {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /** Windows-1252 leaves these five bytes undefined: a file with them is not Windows-1252 text. */
    private static final int[] CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    private ContentType() {
    }

    static Optional<FileType> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return office(file);
        }
        return text(file) ? Optional.of(FileType.CSV) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static Optional<FileType> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && ODT.equals(small(zip, mimetype).trim())) {
                return Optional.of(FileType.ODT);
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types != null && small(zip, types).contains(DOCX_MAIN)) {
                return Optional.of(FileType.DOCX);
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }

    /** At most 64 KiB of an entry: these entries are small, and a crafted one must not blow up. */
    private static String small(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
        }
    }

    /** Text without NULs, valid UTF-8 or else valid Windows-1252, read in one pass of 64 KiB blocks. */
    static boolean text(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean isUtf8 = true;
        boolean isCp1252 = true;
        ByteBuffer in = ByteBuffer.allocate((1 << 16) + 8); // a block plus the few bytes of a character split across blocks
        CharBuffer out = CharBuffer.allocate(1 << 16);
        byte[] buf = new byte[1 << 16];
        try (InputStream is = Files.newInputStream(file)) {
            int n;
            while ((n = is.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (b == 0) {
                        return false;
                    }
                    if (isCp1252 && b >= 0x81 && b <= 0x9D && Arrays.stream(CP1252_UNDEFINED).anyMatch(u -> u == b)) {
                        isCp1252 = false;
                    }
                }
                if (isUtf8) {
                    in.put(buf, 0, n).flip();
                    isUtf8 = decodes(utf8, in, out, false);
                    in.compact();
                }
                if (!isUtf8 && !isCp1252) {
                    return false;
                }
            }
        }
        if (isUtf8) {
            in.flip();
            isUtf8 = decodes(utf8, in, out, true) && !utf8.flush(out).isError();
        }
        return isUtf8 || isCp1252;
    }

    private static boolean decodes(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            CoderResult r = decoder.decode(in, out, end);
            out.clear();
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !end || !in.hasRemaining();
            }
        }
    }
}
