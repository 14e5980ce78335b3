package org.onewindow.e2e;

import java.time.Duration;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The kiosk page in a test browser: paired with a token the hub issued, and taps that wait for the tap guard. */
final class KioskPage {
    static final Duration WAIT = Duration.ofSeconds(20);
    private final WebDriver driver;

    KioskPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Pairs the page as kiosk k1 (the hub pairs it as a manager would approve it) and opens it. */
    static KioskPage open(WebDriver driver, TestHub hub, String query) {
        String base = "http://127.0.0.1:" + hub.port();
        String token = hub.pair("kiosk", "k1");
        driver.get(base + "/kiosk/health-check-does-not-exist");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('onewindow.device.kiosk.token', arguments[0])", token);
        driver.get(base + "/kiosk/" + (query == null ? "" : query));
        KioskPage page = new KioskPage(driver);
        page.waitUntil(d -> "open".equals(attr("data-bus", d)) && !d.findElements(By.cssSelector("#choices .choice")).isEmpty());
        return page;
    }

    static String attr(String name, WebDriver d) {
        return d.findElement(By.tagName("html")).getAttribute(name);
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    /** Taps like a visitor who waits for the screen: once the tap guard of the last screen change is over. */
    void tap(By target) {
        waitUntil(d -> attr("data-guard", d) == null);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    String screen() {
        return attr("data-screen", driver);
    }

    void waitForScreen(String id) {
        waitUntil(d -> id.equals(attr("data-screen", d)));
    }

    /** Takes a ticket for a matter: through its department when the idle screen shows departments. */
    String take(String serviceId) {
        By direct = By.cssSelector("#choices [data-service='" + serviceId + "']");
        if (driver.findElements(direct).isEmpty()) {
            tap(By.cssSelector("#choices [data-department][data-services~='" + serviceId + "']"));
            waitForScreen("screen-matters");
            tap(By.cssSelector("#matters [data-service='" + serviceId + "']"));
        } else {
            tap(direct);
        }
        WebElement number = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")));
        return number.getText().trim();
    }
}
