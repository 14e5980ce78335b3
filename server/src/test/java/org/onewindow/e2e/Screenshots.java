package org.onewindow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Screenshots the browser tests take at the devices' real sizes. They go to server/target/screenshots, so a
 * test run never changes the checkout; {@code -Donewindow.screenshots=../docs/screenshots} refreshes the
 * README's pictures.
 */
final class Screenshots {
    private Screenshots() {
    }

    static void save(WebDriver driver, String name) throws IOException {
        Path shot = Path.of(System.getProperty("onewindow.screenshots", "target/screenshots")).resolve(name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
