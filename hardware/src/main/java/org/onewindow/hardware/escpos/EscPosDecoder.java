package org.onewindow.hardware.escpos;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads ESC/POS bytes back into what they print: text in GB18030, QR payloads (from the native symbol's
 * stored data, or by decoding a raster image with ZXing) and cuts. Tests use it on printed jobs; the
 * printer simulator uses it to save a readable copy of each job. It knows the commands {@link EscPos}
 * writes plus a few common ones, and refuses anything else rather than guess its length.
 */
public final class EscPosDecoder {
    private EscPosDecoder() {
    }

    public static Printout decode(byte[] bytes) {
        return new Reading(bytes).read();
    }

    private static final class Reading {
        private final byte[] in;
        private int at;
        private final ByteArrayOutputStream text = new ByteArrayOutputStream();
        private final List<String> lines = new ArrayList<>();
        private final List<String> qrCodes = new ArrayList<>();
        private byte[] storedQr;
        private int rasters;
        private int cuts;
        private int size = 0;
        private int biggest = -1;
        private String biggestLine;
        private boolean startsWithInit;

        Reading(byte[] in) {
            this.in = in;
        }

        Printout read() {
            startsWithInit = in.length >= 2 && in[0] == EscPos.ESC && in[1] == '@';
            while (at < in.length) {
                int b = next();
                switch (b) {
                    case EscPos.ESC -> esc();
                    case EscPos.GS -> gs();
                    case EscPos.FS -> fs();
                    case EscPos.DLE -> skip(2);
                    case EscPos.LF -> endLine();
                    case 0x0D -> { }
                    default -> text.write(b);
                }
            }
            if (text.size() > 0) {
                endLine();
            }
            return new Printout(startsWithInit, List.copyOf(lines), List.copyOf(qrCodes), rasters, cuts, biggestLine);
        }

        private void esc() {
            int c = next();
            switch (c) {
                case '@' -> size = 0;
                case 'a', 'E', '-', 'M', 'G', 'J', '3', 't', 'R' -> skip(1);
                case '!' -> size = (next() & 0x30) != 0 ? 0x11 : 0;
                case 'd' -> {
                    flushText();
                    skip(1);
                }
                case '2' -> { }
                default -> throw unknown("ESC", c);
            }
        }

        private void gs() {
            int c = next();
            switch (c) {
                case '!' -> size = next();
                case 'V' -> {
                    int m = next();
                    if (m == 65 || m == 66) {
                        skip(1);
                    }
                    flushText();
                    cuts++;
                }
                case '(' -> {
                    int fn = next();
                    int length = next() | (next() << 8);
                    byte[] body = take(length);
                    if (fn == 'k') {
                        qr(body);
                    }
                }
                case 'v' -> raster();
                case 'B', 'b', 'L', 'W', 'h', 'w', 'H', 'f' -> skip(c == 'L' || c == 'W' ? 2 : 1);
                default -> throw unknown("GS", c);
            }
        }

        private void fs() {
            int c = next();
            switch (c) {
                case '&', '.' -> { }
                case 'C', '!', '-' -> skip(1);
                default -> throw unknown("FS", c);
            }
        }

        /** {@code GS ( k}: function 80 stores the symbol's data, function 81 prints it. */
        private void qr(byte[] body) {
            if (body.length < 2 || body[0] != 0x31) {
                return;
            }
            if (body[1] == 0x50) {
                storedQr = java.util.Arrays.copyOfRange(body, 3, body.length);
            } else if (body[1] == 0x51 && storedQr != null) {
                flushText();
                qrCodes.add(new String(storedQr, StandardCharsets.UTF_8));
            }
        }

        private void raster() {
            next(); // '0'
            next(); // m: scale
            int widthBytes = next() | (next() << 8);
            int height = next() | (next() << 8);
            byte[] rows = take(widthBytes * height);
            flushText();
            rasters++;
            decodeQr(widthBytes, height, rows);
        }

        private void decodeQr(int widthBytes, int height, byte[] rows) {
            int width = widthBytes * 8;
            int margin = 16;
            int w = width + 2 * margin;
            int h = height + 2 * margin;
            byte[] luminance = new byte[w * h];
            java.util.Arrays.fill(luminance, (byte) 0xFF);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if ((rows[y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0) {
                        luminance[(y + margin) * w + x + margin] = 0;
                    }
                }
            }
            LuminanceSource source = new GreyImage(w, h, luminance);
            try {
                qrCodes.add(read(source));
            } catch (NotFoundException e) {
                // A raster image that is not a QR code (a logo, say) prints no payload.
            } catch (ReaderException e) {
                throw new IllegalArgumentException("a raster QR code that does not decode", e);
            }
        }

        /**
         * A raster drawn by a computer is read module by module (ZXing's pure-barcode mode); its general detector,
         * made for photographs, misread about one tracking address in two hundred. Anything else gets the detector.
         */
        private static String read(LuminanceSource source) throws ReaderException {
            try {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            } catch (ReaderException e) {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            }
        }

        private void endLine() {
            String line = text.toString(EscPos.GB18030);
            text.reset();
            lines.add(line);
            if (size > biggest && !line.isBlank()) {
                biggest = size;
                biggestLine = line;
            }
        }

        private void flushText() {
            if (text.size() > 0) {
                endLine();
            }
        }

        private int next() {
            if (at >= in.length) {
                throw new IllegalArgumentException("the job ends inside a command, at byte " + at);
            }
            return in[at++] & 0xFF;
        }

        private void skip(int n) {
            take(n);
        }

        private byte[] take(int n) {
            if (at + n > in.length) {
                throw new IllegalArgumentException("the job ends inside a command, at byte " + at);
            }
            byte[] part = java.util.Arrays.copyOfRange(in, at, at + n);
            at += n;
            return part;
        }

        private IllegalArgumentException unknown(String prefix, int c) {
            return new IllegalArgumentException(String.format("unknown command %s 0x%02x at byte %d", prefix, c, at - 2));
        }
    }

    /** A greyscale image for ZXing without java.awt (the agent runs headless on a Pi). */
    private static final class GreyImage extends LuminanceSource {
        private final byte[] pixels;

        GreyImage(int width, int height, byte[] pixels) {
            super(width, height);
            this.pixels = pixels;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
