package org.onewindow.hardware.escpos;

/** How a printer draws the ticket's QR code. */
public enum QrMode {
    /** The printer's own QR symbol ({@code GS ( k}): small jobs, sharp modules. */
    NATIVE,
    /** A bitmap drawn here with ZXing and sent as a raster image ({@code GS v 0}), for printers without QR. */
    RASTER
}
