package org.onewindow.hardware.escpos;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A printer's state from its answers to {@code DLE EOT 1} (printer), {@code DLE EOT 2} (offline cause)
 * and {@code DLE EOT 4} (roll paper sensor). Each answer is one byte whose bits 1 and 4 are always set
 * and bits 0 and 7 always clear; anything else is not a status byte.
 */
public record PrinterStatus(Set<PrinterFault> faults) {
    /** The three requests, in the order {@link #parse} expects the three answers. */
    private static final byte[] QUERY = {EscPos.DLE, EscPos.EOT, 1, EscPos.DLE, EscPos.EOT, 2, EscPos.DLE, EscPos.EOT, 4};
    private static final int FIXED = 0x12;
    private static final int FIXED_MASK = 0x93;
    static final int OFFLINE_BIT = 0x08;
    static final int COVER_OPEN_BIT = 0x04;
    static final int PAPER_STOP_BIT = 0x20;
    static final int NEAR_END_BITS = 0x0C;
    static final int PAPER_END_BITS = 0x60;

    public static final PrinterStatus READY = new PrinterStatus(EnumSet.noneOf(PrinterFault.class));
    public static final PrinterStatus UNREACHABLE = new PrinterStatus(EnumSet.of(PrinterFault.OFFLINE));

    public PrinterStatus {
        faults = faults.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(faults));
    }

    public static byte[] query() {
        return QUERY.clone();
    }

    /** Answers a printer gives to {@link #query()}: three bytes. */
    public static int answerLength() {
        return 3;
    }

    public static PrinterStatus parse(byte[] answers) {
        if (answers.length < 3) {
            throw new IllegalArgumentException("a status needs 3 answer bytes, got " + answers.length);
        }
        for (int i = 0; i < 3; i++) {
            if ((answers[i] & FIXED_MASK) != FIXED) {
                throw new IllegalArgumentException(String.format("byte %d (0x%02x) is not a DLE EOT answer", i, answers[i] & 0xFF));
            }
        }
        int printer = answers[0];
        int cause = answers[1];
        int paper = answers[2];
        EnumSet<PrinterFault> faults = EnumSet.noneOf(PrinterFault.class);
        if ((cause & COVER_OPEN_BIT) != 0) {
            faults.add(PrinterFault.COVER_OPEN);
        }
        if ((paper & PAPER_END_BITS) != 0 || (cause & PAPER_STOP_BIT) != 0) {
            faults.add(PrinterFault.PAPER_OUT);
        } else if ((paper & NEAR_END_BITS) != 0) {
            faults.add(PrinterFault.PAPER_LOW);
        }
        if ((printer & OFFLINE_BIT) != 0 && faults.stream().noneMatch(PrinterFault::stopsPrinting)) {
            faults.add(PrinterFault.OFFLINE);
        }
        return new PrinterStatus(faults);
    }

    /** What a printer in this state answers to {@code DLE EOT n} (the simulator answers with this). */
    public int answer(int n) {
        boolean stopped = faults.stream().anyMatch(PrinterFault::stopsPrinting);
        return switch (n) {
            case 1 -> FIXED | (stopped ? OFFLINE_BIT : 0);
            case 2 -> FIXED | (faults.contains(PrinterFault.COVER_OPEN) ? COVER_OPEN_BIT : 0)
                    | (faults.contains(PrinterFault.PAPER_OUT) ? PAPER_STOP_BIT : 0);
            case 3 -> FIXED;
            case 4 -> FIXED | (faults.contains(PrinterFault.PAPER_OUT) ? PAPER_END_BITS | NEAR_END_BITS
                    : faults.contains(PrinterFault.PAPER_LOW) ? NEAR_END_BITS : 0);
            default -> throw new IllegalArgumentException("DLE EOT " + n + " is not a status request");
        };
    }

    public boolean canPrint() {
        return faults.stream().noneMatch(PrinterFault::stopsPrinting);
    }

    /** The fault to show first: the one that stops printing, else a warning. */
    public Optional<PrinterFault> worst() {
        return faults.stream().filter(PrinterFault::stopsPrinting).findFirst().or(() -> faults.stream().findFirst());
    }
}
