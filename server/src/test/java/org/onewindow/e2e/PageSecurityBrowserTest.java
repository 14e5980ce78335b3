package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hub.HubSettings;
import org.onewindow.hub.HubVerticle;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page works under the hub's Content-Security-Policy: Chromium reports no violation while each
 * page loads, connects its event bus and (kiosk) shows a ticket's QR image, or (staff pages) signs in;
 * and the policy is really enforced: an inline script the test injects does not run.
 */
class PageSecurityBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private Vertx vertx;
    private WebDriver driver;
    private String base;

    @BeforeEach
    void startHubAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        vertx = Vertx.vertx();
        HubVerticle hub = new HubVerticle(new HubSettings(null, temp.resolve("data"), "127.0.0.1", 0));
        vertx.deployVerticle(hub).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + hub.port();
        driver = HeadlessChromium.start(temp.resolve("chromium-profile"));
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void noPageBreaksTheContentSecurityPolicyAndInlineScriptIsBlocked() throws Exception {
        // Kiosk: its pairing screen, then a ticket, so the QR <img> and the ticket's live link are on screen.
        driver.get(base + "/kiosk/");
        String code = ConsolePairing.codeShown(driver);
        assertClean("/kiosk/ (pairing)");
        ConsolePairing.approveOverHttp(base, code, "kiosk", "k1", "m01", "demo-m01");
        waitUntilLive();
        // The demo hall's kiosk: a department, then a matter.
        KioskPage kiosk = new KioskPage(driver);
        kiosk.waitUntil(d -> !d.findElements(By.cssSelector("#choices .choice")).isEmpty());
        kiosk.tap(By.cssSelector("#choices [data-department]"));
        kiosk.tap(By.cssSelector("#matters [data-service]"));
        waiting().until(d -> !d.findElement(By.id("ticket-number")).getText().isBlank());
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var img = document.querySelector('#ticket-qr img'); return !!img && img.complete && img.naturalWidth > 0;")));
        String track = driver.findElement(By.id("ticket-track")).getText().trim();
        assertClean("/kiosk/");

        driver.get(base + "/pad/?counter=1");
        ConsolePairing.approveOverHttp(base, ConsolePairing.codeShown(driver), "pad", "pad1", "m01", "demo-m01");
        waitUntilLive();
        assertClean("/pad/");
        for (String page : List.of("/display/", "/display/counter/?id=1", "/pad/?counter=1",
                track.substring(track.indexOf("/t/")))) {
            open(page);
            assertClean(page);
        }
        signIn("/counter/", "s01", "demo-s01");
        signIn("/manager/", "m01", "demo-m01");
    }

    private void signIn(String page, String staff, String password) {
        driver.get(base + page);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys(staff);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        waitUntilLive();
        assertClean(page);
    }

    private void open(String page) {
        driver.get(base + page);
        waitUntilLive();
    }

    private void assertClean(String page) {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
        assertThat(violations).as("CSP violations on %s", page).isEmpty();
        Object ran = ((JavascriptExecutor) driver).executeScript(
                "var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
                        + " document.head.appendChild(s); return window.inlineRan === true;");
        assertThat(ran).as("an injected inline script ran on %s: no CSP", page).isEqualTo(false);
        driver.manage().logs().get(LogType.BROWSER); // the injected script's own violation is expected: drop it
    }

    private void waitUntilLive() {
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-bus", "open"));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }
}
