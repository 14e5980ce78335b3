package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.devices.printing.PrintingHall;
import org.onewindow.hardware.sim.PrinterSimulator;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;

/**
 * What a visitor at a paired kiosk sees of its printer (CONTRACT §7): "take your ticket" when it printed;
 * when it could not print, the ticket stays on screen, big, with the fault and what to do instead.
 */
class KioskPrintBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.of(this::hubWithPrinter);
    private PrinterSimulator printer;

    /** The kiosk's 80 mm printer is a simulator on loopback, started before the hub that prints on it. */
    private TestHub hubWithPrinter(Path dir) throws Exception {
        printer = PrinterSimulator.onLoopback(dir.resolve("jobs"));
        return TestHub.start(dir, TestHub.morningClock(), PrintingHall.yaml(printer.uri(), 80, "native"));
    }

    @AfterEach
    void stopPrinter() {
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void aPrintedTicketSaysTakeItAndAFailedOneStaysOnScreenWithWhatToDo() {
        KioskPage kiosk = KioskPage.open(hall.driver(), hall.hub(), null);
        String first = kiosk.take("commerce");
        kiosk.waitUntil(d -> d.findElement(By.id("ticket-print")).getText().contains("请取走"));
        assertThat(printer.jobs()).hasSize(1);
        assertThat(printer.jobs().get(0).printout().biggestLine()).isEqualTo(first);
        int printedHeight = hall.driver().findElement(By.id("ticket-number")).getRect().getHeight();

        printer.paperOut();
        kiosk.tap(By.id("done"));
        kiosk.waitForScreen("screen-start");
        String second = kiosk.take("commerce");
        kiosk.waitUntil(d -> d.findElement(By.id("ticket-print")).getText().contains("未能打印"));
        assertThat(hall.driver().findElement(By.id("ticket-print")).getText()).contains("打印纸用完", "拍下", "二维码");
        assertThat(hall.driver().findElement(By.id("ticket-number")).getText().trim()).isEqualTo(second);
        assertThat(hall.driver().findElement(By.id("ticket-number")).getRect().getHeight())
                .as("the unprinted number is shown bigger").isGreaterThan(printedHeight);
        assertThat(printer.jobs()).as("no job for the failed print, and nothing printed twice").hasSize(1);
    }
}
