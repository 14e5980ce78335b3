package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.devices.printing.PrintingHall;
import org.onewindow.hardware.sim.PrinterSimulator;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * What a visitor at a paired kiosk sees of its printer (CONTRACT §7): "take your ticket" when it printed;
 * when it could not print, the ticket stays on screen, big, with the fault and what to do instead.
 */
class KioskPrintBrowserTest {
    @TempDir
    Path temp;

    private PrinterSimulator printer;
    private TestHub hub;
    private WebDriver driver;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        printer = PrinterSimulator.onLoopback(temp.resolve("jobs"));
        hub = TestHub.start(temp, TestHub.morningClock(), PrintingHall.yaml(printer.uri(), 80, "native"));
        driver = HeadlessChromium.start(temp.resolve("chromium-profile"));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (hub != null) {
            hub.close();
        }
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void aPrintedTicketSaysTakeItAndAFailedOneStaysOnScreenWithWhatToDo() {
        KioskPage kiosk = KioskPage.open(driver, hub, null);
        String first = kiosk.take("commerce");
        kiosk.waitUntil(d -> d.findElement(By.id("ticket-print")).getText().contains("请取走"));
        assertThat(printer.jobs()).hasSize(1);
        assertThat(printer.jobs().get(0).printout().biggestLine()).isEqualTo(first);
        int printedHeight = driver.findElement(By.id("ticket-number")).getRect().getHeight();

        printer.paperOut();
        kiosk.tap(By.id("done"));
        kiosk.waitForScreen("screen-start");
        String second = kiosk.take("commerce");
        kiosk.waitUntil(d -> d.findElement(By.id("ticket-print")).getText().contains("未能打印"));
        assertThat(driver.findElement(By.id("ticket-print")).getText()).contains("打印纸用完", "拍下", "二维码");
        assertThat(driver.findElement(By.id("ticket-number")).getText().trim()).isEqualTo(second);
        assertThat(driver.findElement(By.id("ticket-number")).getRect().getHeight())
                .as("the unprinted number is shown bigger").isGreaterThan(printedHeight);
        assertThat(printer.jobs()).as("no job for the failed print, and nothing printed twice").hasSize(1);
    }
}
