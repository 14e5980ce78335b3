package org.onewindow.hardware.escpos;

import java.util.List;

/**
 * What a stream of ESC/POS bytes prints, read back by {@link EscPosDecoder}.
 *
 * @param startsWithInit whether the first command is {@code ESC @}
 * @param lines          the printed text lines, decoded from GB18030
 * @param qrCodes        the payload of each QR code, native or raster, in order
 * @param rasterImages   how many {@code GS v 0} images were printed
 * @param cuts           how many {@code GS V} cuts
 * @param biggestLine    the line printed in the largest character size
 */
public record Printout(boolean startsWithInit, List<String> lines, List<String> qrCodes, int rasterImages, int cuts,
                       String biggestLine) {
    public String text() {
        return String.join("\n", lines);
    }
}
