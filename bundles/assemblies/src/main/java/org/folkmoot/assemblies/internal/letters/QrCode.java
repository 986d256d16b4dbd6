package org.folkmoot.assemblies.internal.letters;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code (ZXing) as a grid of dark modules, for drawing as vector squares: sharp at any print
 * resolution and a few hundred bytes a page. Error correction level M (15% of the code may be
 * smudged) and no quiet zone: the letter leaves white space around it.
 */
final class QrCode {
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8");

    private QrCode() {
    }

    static BitMatrix of(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + text.length() + " characters", e);
        }
    }
}
