package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A kiosk pairs itself the first time it opens, keeps its pairing across reloads, and says plainly
 * when a manager revoked it — in Debian's headless Chromium against a real hub.
 */
class DevicePairingBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private TestHub hub;
    private WebDriver driver;
    private String base;

    @BeforeEach
    void startHubAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        base = "http://127.0.0.1:" + hub.port();
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
    }

    @Test
    void aKioskPairsOnceKeepsItsPairingAndSaysWhenItWasRevoked() {
        driver.get(base + "/kiosk/?name=entrance");
        String kiosk = driver.getWindowHandle();
        String code = ConsolePairing.codeShown(driver);
        assertThat(code).matches("\\d{6}");
        assertThat(driver.findElements(By.cssSelector("[data-service]")).stream().noneMatch(b -> b.isDisplayed()))
                .as("an unpaired kiosk offers nothing to tap").isTrue();

        driver.switchTo().newWindow(WindowType.TAB);
        String manager = driver.getWindowHandle();
        ConsolePairing.signInManager(driver, base, "m01", TestHub.PASSWORD);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pairings-body"), "entrance"));
        ConsolePairing.approve(driver, code, "k1");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#devices-body tr[data-device='k1']"), "是"));

        driver.switchTo().window(kiosk);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-service='commerce']")));
        driver.navigate().refresh();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-service='commerce']")));
        assertThat(driver.findElements(By.id("pairing")).stream().noneMatch(p -> p.isDisplayed()))
                .as("the pairing survives a reload").isTrue();

        driver.switchTo().window(manager);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-revoke='k1']"))).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices-notice"), "已撤销"));

        // The kiosk's next tap is refused by the hub, and the kiosk says why.
        driver.switchTo().window(kiosk);
        driver.findElement(By.cssSelector("[data-service='commerce']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pairing"), "撤销"));
        assertThat(ConsolePairing.codeShown(driver)).matches("\\d{6}").isNotEqualTo(code);
        assertThat(hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("services").getJsonObject(0).getInteger("waiting"))
                .as("no ticket was issued by the revoked kiosk").isZero();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }
}
