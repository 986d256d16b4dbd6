package org.folkmoot.assemblies.internal.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.folkmoot.assemblies.internal.lottery.Address;
import org.folkmoot.assemblies.internal.lottery.LotteryException;
import org.folkmoot.assemblies.internal.lottery.LotteryProblem;
import org.folkmoot.assemblies.internal.lottery.LotteryProgress;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The letters as one print-ready PDF (OpenPDF): A4, one letter per page, in English, Welsh or
 * both (Welsh first). The recipient's address sits where the window of a DL envelope (110 × 220
 * mm, window 90 × 45 mm, 20 mm from the left and 15 mm from the bottom) shows it when the A4 is
 * folded in three: 25 mm from the left edge, 53 to 92 mm from the top, the return address in small
 * type above it. The QR code (to the registration page with the code filled in) and the code stand
 * at the top right. Text is set in DejaVu Sans, embedded (subset), which has every Welsh letter
 * (â ê î ô û ŵ ŷ and the rest).
 *
 * <p>Pages are written to the stream as they are made: memory does not grow with the number of
 * letters (OpenPDF keeps only each page's cross-reference entry). The QR codes, most of the work,
 * are made on the other processors a little ahead of the page that prints them ({@link QrCodes}).
 */
public final class LetterPdf {
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 25 * MM;
    private static final float RIGHT = PageSize.A4.getWidth() - 20 * MM;
    private static final float TOP = PageSize.A4.getHeight();
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private final LetterSettings settings;

    public LetterPdf(LetterSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes one page per letter to {@code out} (not closed), telling {@code progress} every 500 pages.
     *
     * @throws LotteryException beside the field {@code wording} when the wording does not fit on a page even in 7 pt type
     */
    public void write(Iterator<Letter> letters, long count, OutputStream out, LotteryProgress progress) throws IOException {
        Document document = new Document(PageSize.A4, LEFT, 20 * MM, 15 * MM, 15 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new KeepOpen(out));
            writer.setFullCompression();
            document.addTitle(settings.assembly().in(settings.language() == LetterLanguage.ENGLISH ? "en" : "cy"));
            document.addCreator("Folkmoot");
            document.open();
            Fonts fonts = new Fonts();
            float size = 0;
            long done = 0;
            QrCodes codes = new QrCodes(letters, settings);
            while (codes.hasNext()) {
                QrCodes.Coded coded = codes.next();
                Letter letter = coded.letter();
                if (done > 0) {
                    document.newPage();
                }
                PdfContentByte canvas = writer.getDirectContent();
                head(canvas, fonts);
                address(canvas, fonts, letter.household().address());
                qr(canvas, fonts, letter.code(), coded.matrix());
                if (size == 0) {
                    size = fittingSize(canvas, fonts, letter);
                }
                body(canvas, fonts, letter, size, false);
                if (++done % 500 == 0) {
                    progress.update("letters.progress.pdf", done, count);
                }
            }
            if (done == 0) {
                document.add(new Paragraph(" "));
            }
            progress.update("letters.progress.pdf", done, count);
        } catch (DocumentException e) {
            throw new IOException("Could not make the letters' PDF: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Stopped while making the letters' PDF");
        } finally {
            document.close();
        }
    }

    private void head(PdfContentByte canvas, Fonts fonts) {
        String council = switch (settings.language()) {
            case ENGLISH -> settings.council().english();
            case WELSH -> settings.council().welsh();
            case BOTH -> settings.council().welsh() + " / " + settings.council().english();
        };
        text(canvas, fonts.bold, 13, LEFT, TOP - 20 * MM, council);
    }

    private void address(PdfContentByte canvas, Fonts fonts, Address address) {
        text(canvas, fonts.regular, 6.5f, LEFT, TOP - 55 * MM, settings.returnAddress());
        float y = TOP - 61 * MM;
        List<String> lines = new ArrayList<>(address.lines());
        lines.add(address.postcode());
        for (String line : lines.subList(Math.max(0, lines.size() - 7), lines.size())) {
            text(canvas, fonts.regular, 10.5f, LEFT, y, line);
            y -= 12.5f;
        }
    }

    private void qr(PdfContentByte canvas, Fonts fonts, String code, BitMatrix matrix) {
        float side = 32 * MM;
        float module = side / matrix.getWidth();
        float x0 = RIGHT - side;
        float y0 = TOP - 48 * MM;
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                canvas.rectangle(x0 + start * module, y0 + side - (row + 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
        float centre = x0 + side / 2;
        textCentred(canvas, fonts.bold, 12, centre, y0 - 6 * MM, code);
        String caption = switch (settings.language()) {
            case ENGLISH -> "Your registration code";
            case WELSH -> "Eich cod cofrestru";
            case BOTH -> "Eich cod cofrestru / Your registration code";
        };
        textCentred(canvas, fonts.regular, 7, centre, y0 - 10 * MM, caption);
    }

    /** The largest type size, 11 pt down to 7 pt, at which the wording fits on the page; none: refused, never cut short. */
    private float fittingSize(PdfContentByte canvas, Fonts fonts, Letter letter) throws DocumentException {
        for (float size = 11; size >= 7; size -= 0.5f) {
            if (body(canvas, fonts, letter, size, true)) {
                return size;
            }
        }
        throw new LotteryException(LotteryProblem.refused("wording", "letters.wording.tooLong"));
    }

    /** Sets the wording from 100 mm below the top; returns whether it all fitted. */
    private boolean body(PdfContentByte canvas, Fonts fonts, Letter letter, float size, boolean simulate) throws DocumentException {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(LEFT, 15 * MM, RIGHT, TOP - 98 * MM);
        List<String> languages = switch (settings.language()) {
            case ENGLISH -> List.of("en");
            case WELSH -> List.of("cy");
            case BOTH -> List.of("cy", "en");
        };
        Font regular = new Font(fonts.regular, size);
        Font bold = new Font(fonts.bold, size + 2);
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            LetterWording wording = language.equals("cy") ? settings.welsh() : settings.english();
            List<String> paragraphs = wording.fill(values(language, letter.code()));
            Paragraph heading = new Paragraph(new Phrase(paragraphs.get(0), bold));
            heading.setSpacingBefore(i == 0 ? 0 : size * 1.6f);
            heading.setSpacingAfter(size * 0.6f);
            column.addElement(heading);
            for (String text : paragraphs.subList(1, paragraphs.size())) {
                Paragraph p = new Paragraph(size * 1.3f, text, regular);
                p.setSpacingAfter(size * 0.55f);
                p.setAlignment(Element.ALIGN_LEFT);
                column.addElement(p);
            }
        }
        return !ColumnText.hasMoreText(column.go(simulate));
    }

    private Map<String, String> values(String language, String code) {
        Locale locale = Locale.forLanguageTag(language.equals("cy") ? "cy-GB" : "en-GB");
        return Map.of("council", settings.council().in(language), "assembly", settings.assembly().in(language),
                "question", settings.question().in(language), "code", code, "url", settings.registrationUrl(),
                "register_by", settings.registerBy().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
                "phone", settings.phone());
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, float x, float y, String text) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static void textCentred(PdfContentByte canvas, BaseFont font, float size, float x, float y, String text) {
        text(canvas, font, size, x - font.getWidthPoint(text, size) / 2, y, text);
    }

    /** The two faces, loaded per document so that each PDF embeds the subset it uses. */
    private static final class Fonts {
        final BaseFont regular;
        final BaseFont bold;

        Fonts() throws IOException {
            regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = LetterPdf.class.getResourceAsStream("/letters/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks the font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OpenPDF closes the stream it writes to; the caller owns it. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
