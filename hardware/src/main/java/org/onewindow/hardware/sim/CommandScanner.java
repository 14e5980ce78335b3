package org.onewindow.hardware.sim;

/**
 * Finds where each ESC/POS command ends in a byte stream that arrives in pieces, so the simulator can
 * answer real-time status requests and spot cuts without mistaking image or QR data for commands.
 */
final class CommandScanner {
    /** What the bytes at a position are. */
    enum Kind { STATUS_REQUEST, CUT, OTHER, INCOMPLETE }

    record Step(Kind kind, int length, int argument) {
    }

    private CommandScanner() {
    }

    static Step at(byte[] buf, int from, int end) {
        int available = end - from;
        int b = buf[from] & 0xFF;
        if (b == 0x10) {
            if (available < 3) {
                return incomplete();
            }
            return (buf[from + 1] & 0xFF) == 0x04 ? new Step(Kind.STATUS_REQUEST, 3, buf[from + 2] & 0xFF) : other(3);
        }
        if (b == 0x1B) {
            if (available < 2) {
                return incomplete();
            }
            int c = buf[from + 1] & 0xFF;
            int length = c == '@' || c == '2' ? 2 : 3;
            return available < length ? incomplete() : other(length);
        }
        if (b == 0x1C) {
            if (available < 2) {
                return incomplete();
            }
            int c = buf[from + 1] & 0xFF;
            int length = c == '&' || c == '.' ? 2 : 3;
            return available < length ? incomplete() : other(length);
        }
        if (b == 0x1D) {
            return gs(buf, from, available);
        }
        return other(1);
    }

    private static Step gs(byte[] buf, int from, int available) {
        if (available < 2) {
            return incomplete();
        }
        int c = buf[from + 1] & 0xFF;
        switch (c) {
            case 'V' -> {
                if (available < 3) {
                    return incomplete();
                }
                int m = buf[from + 2] & 0xFF;
                int length = m == 65 || m == 66 ? 4 : 3;
                return available < length ? incomplete() : new Step(Kind.CUT, length, 0);
            }
            case '(' -> {
                if (available < 5) {
                    return incomplete();
                }
                int length = 5 + ((buf[from + 3] & 0xFF) | (buf[from + 4] & 0xFF) << 8);
                return available < length ? incomplete() : other(length);
            }
            case 'v' -> {
                if (available < 8) {
                    return incomplete();
                }
                int widthBytes = (buf[from + 4] & 0xFF) | (buf[from + 5] & 0xFF) << 8;
                int height = (buf[from + 6] & 0xFF) | (buf[from + 7] & 0xFF) << 8;
                int length = 8 + widthBytes * height;
                return available < length ? incomplete() : other(length);
            }
            default -> {
                return available < 3 ? incomplete() : other(3);
            }
        }
    }

    private static Step incomplete() {
        return new Step(Kind.INCOMPLETE, 0, 0);
    }

    private static Step other(int length) {
        return new Step(Kind.OTHER, length, 0);
    }
}
