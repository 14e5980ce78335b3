package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hub and a headless Chromium for each test of a browser test class, started before it in a fresh
 * directory and stopped after it (the test is skipped, with a message, when Chromium is missing):
 * <pre>{@code @RegisterExtension final BrowserHall hall = BrowserHall.of(TestHub::start);}</pre>
 */
final class BrowserHall implements BeforeEachCallback, AfterEachCallback {
    /** How long a test waits for the page to show what it expects. */
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Starts the test's hub in the given directory (its data goes under it). */
    interface HubStart {
        TestHub start(Path dir) throws Exception;
    }

    private final HubStart hubStart;
    private final int width;
    private final int height;
    private final String[] flags;
    private Path dir;
    private TestHub hub;
    private WebDriver driver;

    private BrowserHall(HubStart hubStart, int width, int height, String... flags) {
        this.hubStart = hubStart;
        this.width = width;
        this.height = height;
        this.flags = flags;
    }

    /** A 1920×1080 browser beside the hub. */
    static BrowserHall of(HubStart hubStart) {
        return sized(hubStart, 1920, 1080);
    }

    /**
     * A browser of a device's real size (console 1366×768, kiosk 1080×1920, phone 390×844) beside the hub,
     * with extra Chromium flags if the device needs them (a phone that may play the call's sound).
     */
    static BrowserHall sized(HubStart hubStart, int width, int height, String... flags) {
        return new BrowserHall(hubStart, width, height, flags);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        HeadlessChromium.assumeInstalled();
        dir = Files.createTempDirectory("onewindow-browser-test");
        hub = hubStart.start(dir);
        driver = HeadlessChromium.start(dir.resolve("chromium-profile"), width, height, flags);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (hub != null) {
            hub.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(BrowserHall::delete);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestHub hub() {
        return hub;
    }

    WebDriver driver() {
        return driver;
    }

    /** The directory the test's hub and browser live in. */
    Path dir() {
        return dir;
    }

    /** {@code http://127.0.0.1:PORT}, the hub as the browser reaches it. */
    String base() {
        return "http://127.0.0.1:" + hub.port();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /**
     * Clicks the element once it is there and clickable; live pages redraw their tables on every hall
     * change, so an element found a moment ago may be gone: it is found again.
     */
    void click(By element) {
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement found = ExpectedConditions.elementToBeClickable(element).apply(d);
            if (found == null) {
                return false;
            }
            found.click();
            return true;
        });
    }

    /** The page in the current tab does not scroll sideways at the browser's size. */
    void assertNoSidewaysScroll(String what) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(what + " overflows sideways").isLessThanOrEqualTo(0);
    }

    /** Opens a staff page ({@code /manager/}, {@code /counter/}) and signs in as a clerk or manager would. */
    void signIn(String page, String staff) {
        StaffSignIn.on(driver, base() + page, staff, TestHub.PASSWORD);
    }
}
