package org.onewindow.hardware.escpos;

import java.util.Locale;

/** What keeps a printer from printing, or soon will; the names are the wire values of GET /devices. */
public enum PrinterFault {
    /** Not answering, or reporting itself offline for no reason below. */
    OFFLINE(true, "打印机离线", "printer offline"),
    COVER_OPEN(true, "打印机盖未合上", "cover open"),
    PAPER_OUT(true, "打印纸用完", "out of paper"),
    /** Prints still, but the roll is nearly done: a warning for whoever changes paper. */
    PAPER_LOW(false, "打印纸将尽", "paper low");

    private final boolean stopsPrinting;
    private final String zh;
    private final String en;

    PrinterFault(boolean stopsPrinting, String zh, String en) {
        this.stopsPrinting = stopsPrinting;
        this.zh = zh;
        this.en = en;
    }

    public boolean stopsPrinting() {
        return stopsPrinting;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** "paper-out". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
