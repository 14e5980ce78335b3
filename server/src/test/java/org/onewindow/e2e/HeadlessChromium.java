package org.onewindow.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: Selenium never downloads a
 * browser or driver. Tests that need it are skipped, with a message, when either is missing.
 */
final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips the calling test unless both binaries are installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs Debian's " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
    }

    /** A 1080p browser with its own profile in the given directory (a test's temp dir). */
    static WebDriver start(Path profileDir) throws IOException {
        return start(profileDir, 1920, 1080);
    }

    /**
     * A browser of this window size, with extra Chromium flags (for example a hall TV's
     * {@code --autoplay-policy=no-user-gesture-required}).
     */
    static WebDriver start(Path profileDir, int width, int height, String... extraArguments) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createDirectories(profileDir));
        options.addArguments(extraArguments);
        // The console log lets tests see Content-Security-Policy violations ("Refused to ...").
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless Chromium counts a window frame in --window-size: grow the window until the page itself has this size.
        @SuppressWarnings("unchecked")
        java.util.List<Number> inner = (java.util.List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        org.openqa.selenium.Dimension outer = driver.manage().window().getSize();
        if (inner.get(0).intValue() != width || inner.get(1).intValue() != height) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                    outer.getWidth() + width - inner.get(0).intValue(), outer.getHeight() + height - inner.get(1).intValue()));
        }
        return driver;
    }
}
