package org.onewindow.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PrinterStatusTest {
    private static PrinterStatus parse(int printer, int cause, int paper) {
        return PrinterStatus.parse(new byte[] {(byte) printer, (byte) cause, (byte) paper});
    }

    @Test
    void aReadyPrinterAnswersTheFixedBitsOnly() {
        assertThat(parse(0x12, 0x12, 0x12)).isEqualTo(PrinterStatus.READY);
        assertThat(PrinterStatus.READY.canPrint()).isTrue();
    }

    @Test
    void paperEndOutranksNearEndAndExplainsOffline() {
        PrinterStatus status = parse(0x1A, 0x32, 0x7E);
        assertThat(status.faults()).containsExactly(PrinterFault.PAPER_OUT);
        assertThat(status.canPrint()).isFalse();
        assertThat(status.worst()).contains(PrinterFault.PAPER_OUT);
    }

    @Test
    void paperNearEndStillPrints() {
        PrinterStatus status = parse(0x12, 0x12, 0x1E);
        assertThat(status.faults()).containsExactly(PrinterFault.PAPER_LOW);
        assertThat(status.canPrint()).isTrue();
    }

    @Test
    void coverOpenIsItsOwnFault() {
        assertThat(parse(0x1A, 0x16, 0x12).faults()).containsExactly(PrinterFault.COVER_OPEN);
    }

    @Test
    void offlineWithoutACauseIsOffline() {
        assertThat(parse(0x1A, 0x12, 0x12).faults()).containsExactly(PrinterFault.OFFLINE);
    }

    @Test
    void answersRoundTripForEveryFault() {
        for (PrinterFault fault : PrinterFault.values()) {
            if (fault == PrinterFault.OFFLINE) {
                continue;
            }
            PrinterStatus status = new PrinterStatus(EnumSet.of(fault));
            assertThat(parse(status.answer(1), status.answer(2), status.answer(4))).isEqualTo(status);
        }
        assertThat(PrinterFault.PAPER_OUT.wire()).isEqualTo("paper-out");
    }

    @Test
    void aByteThatIsNoStatusIsRefused() {
        assertThatThrownBy(() -> parse('A', 0x12, 0x12)).isInstanceOf(IllegalArgumentException.class);
    }
}
