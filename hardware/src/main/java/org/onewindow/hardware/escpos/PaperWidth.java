package org.onewindow.hardware.escpos;

/** Thermal paper widths: the printable dots at 203 dpi and the columns of the standard 12×24 font. */
public enum PaperWidth {
    MM58(58, 384, 32),
    MM80(80, 576, 48);

    private final int millimetres;
    private final int dots;
    private final int columns;

    PaperWidth(int millimetres, int dots, int columns) {
        this.millimetres = millimetres;
        this.dots = dots;
        this.columns = columns;
    }

    public int millimetres() {
        return millimetres;
    }

    /** Printable width in dots. */
    public int dots() {
        return dots;
    }

    /** Half-width characters per line in the normal font; a Chinese character takes two. */
    public int columns() {
        return columns;
    }

    /** 58 or 80, as the hall file and the agent config write it. */
    public static PaperWidth ofMillimetres(int mm) {
        for (PaperWidth width : values()) {
            if (width.millimetres == mm) {
                return width;
            }
        }
        throw new IllegalArgumentException("paper width must be 58 or 80 mm, not " + mm);
    }
}
