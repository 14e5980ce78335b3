package org.onewindow.hardware.escpos;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code drawn with ZXing as a 1-bit raster for {@code GS v 0}, for printers without a QR symbol of their own. */
final class RasterQr {
    /** Modules of white on each side: the paper is white, but a reader wants a quiet zone. */
    private static final int QUIET_MODULES = 2;

    private RasterQr() {
    }

    static void write(EscPos escPos, String payload, int moduleDots, int maxDots) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of " + payload.length() + " characters", e);
        }
        int size = modules.getWidth() + 2 * QUIET_MODULES;
        int scale = Math.max(1, Math.min(moduleDots, maxDots / size));
        int dots = size * scale;
        int widthBytes = (dots + 7) / 8;
        byte[] rows = new byte[widthBytes * dots];
        for (int y = 0; y < dots; y++) {
            int my = y / scale - QUIET_MODULES;
            for (int x = 0; x < dots; x++) {
                int mx = x / scale - QUIET_MODULES;
                boolean black = mx >= 0 && my >= 0 && mx < modules.getWidth() && my < modules.getHeight() && modules.get(mx, my);
                if (black) {
                    rows[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        escPos.raster(widthBytes, dots, rows);
    }
}
