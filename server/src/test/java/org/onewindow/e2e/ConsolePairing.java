package org.onewindow.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Pairing a kiosk or pad page as people do it: read the code off the device, type it in the manager console. */
final class ConsolePairing {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private ConsolePairing() {
    }

    /** The six digits the device page in the current tab shows while it waits to be paired. */
    static String codeShown(WebDriver driver) {
        WebElement code = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("pairing-code")));
        return code.getText().replaceAll("\\D", "");
    }

    /** In a signed-in manager console: types the code into the waiting request and pairs it as {@code deviceId}. */
    static void approve(WebDriver driver, String code, String deviceId) {
        WebDriverWait waiting = new WebDriverWait(driver, WAIT);
        WebElement row = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pairings-body tr[data-pairing]")));
        WebElement input = row.findElement(By.cssSelector("input.code-input"));
        input.sendKeys(code);
        new Select(row.findElement(By.tagName("select"))).selectByValue(deviceId);
        row.findElement(By.cssSelector("[data-approve]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices-notice"), deviceId));
    }

    /** Signs a manager into the console in the current tab. */
    static void signInManager(WebDriver driver, String base, String staff, String password) {
        driver.get(base + "/manager/");
        WebDriverWait waiting = new WebDriverWait(driver, WAIT);
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys(staff);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("devices-panel")));
    }
}
