package org.onewindow.hardware.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * Writes ESC/POS commands into a byte buffer. Only the commands a queue ticket needs; names follow the
 * Epson ESC/POS reference so a reader can look each one up.
 */
public final class EscPos {
    public static final Charset GB18030 = Charset.forName("GB18030");
    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int FS = 0x1C;
    static final int DLE = 0x10;
    static final int EOT = 0x04;
    static final int LF = 0x0A;

    public enum Align { LEFT, CENTER, RIGHT }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);

    /** {@code ESC @}: clears modes left by an earlier job; then {@code FS &}: two-byte (Chinese) character mode. */
    public EscPos initialize() {
        bytes(ESC, '@');
        return bytes(FS, '&');
    }

    /** {@code ESC a n}. */
    public EscPos align(Align align) {
        return bytes(ESC, 'a', align.ordinal());
    }

    /** {@code ESC E n}. */
    public EscPos bold(boolean on) {
        return bytes(ESC, 'E', on ? 1 : 0);
    }

    /** {@code GS ! n}: character width and height multipliers, 1 to 8 each. */
    public EscPos size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size is 1..8, not " + width + "x" + height);
        }
        return bytes(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    /** The text in GB18030, then a line feed. */
    public EscPos line(String text) {
        byte[] encoded = text.getBytes(GB18030);
        out.write(encoded, 0, encoded.length);
        return bytes(LF);
    }

    /** {@code ESC d n}: prints the buffer and feeds n lines. */
    public EscPos feed(int lines) {
        return bytes(ESC, 'd', lines);
    }

    /**
     * The printer's own QR symbol, model 2, error correction M: {@code GS ( k} functions 165 (model),
     * 167 (module size), 169 (error correction), 180 (store data) and 181 (print).
     */
    public EscPos qrNative(String payload, int moduleDots) {
        byte[] data = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes(GS, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0x00);
        bytes(GS, '(', 'k', 3, 0, 0x31, 0x43, moduleDots);
        bytes(GS, '(', 'k', 3, 0, 0x31, 0x45, 0x31);
        int length = data.length + 3;
        bytes(GS, '(', 'k', length & 0xFF, length >> 8, 0x31, 0x50, 0x30);
        out.write(data, 0, data.length);
        return bytes(GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30);
    }

    /** {@code GS v 0}: a raster image, one bit per dot, rows of {@code widthBytes} bytes, most significant bit left. */
    public EscPos raster(int widthBytes, int heightDots, byte[] rows) {
        if (rows.length != widthBytes * heightDots) {
            throw new IllegalArgumentException("raster data is " + rows.length + " bytes, not " + widthBytes * heightDots);
        }
        bytes(GS, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, heightDots & 0xFF, heightDots >> 8);
        out.write(rows, 0, rows.length);
        return this;
    }

    /** {@code GS V 66 n}: feeds to the cutter (plus n dots), then a partial cut. */
    public EscPos cut() {
        return bytes(GS, 'V', 66, 0);
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    private EscPos bytes(int... values) {
        for (int value : values) {
            out.write(value);
        }
        return this;
    }
}
