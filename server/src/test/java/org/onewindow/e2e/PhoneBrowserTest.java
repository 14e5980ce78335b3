package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ticket's page on the visitor's phone (390×844): called with a banner that stays and a sound; rated afterwards. */
class PhoneBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    private TestHub hub;
    private WebDriver driver;

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
    void theCallStaysOnScreenAndAfterTheVisitThePhoneRatesWithTheTicketKey() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        driver = HeadlessChromium.start(temp.resolve("phone"), 390, 844, BoardBrowserTest.AUTOPLAY);
        JsonObject ticket = hub.issue("commerce");
        driver.get("http://127.0.0.1:" + hub.port() + "/t/" + ticket.getString("id") + "?key=" + ticket.getString("key"));
        WebDriverWait waiting = new WebDriverWait(driver, WAIT);
        waiting.until(ExpectedConditions.textToBe(By.id("ticket-number"), "A001"));
        waiting.until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-bus")));
        // No window is open yet: the phone says so instead of promising a wait.
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-window")));
        driver.findElement(By.id("sound-enable")).click();
        shot("phone-waiting-390x844.png");

        String token = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, token);
        hub.post("/api/v1/counters/1/call", null, token);
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("call-banner")));
        assertThat(driver.findElement(By.id("call-banner")).getText()).contains("请到 1号窗口").contains("Please go to Window 1");
        waiting.until(d -> d.findElement(By.tagName("html")).getAttribute("data-alerted") != null);
        shot("phone-called-390x844.png");
        // The banner stays while the visitor walks over: later updates do not take it away.
        hub.issue("tax");
        hub.post("/api/v1/counters/1/recall", null, token);
        waiting.until(d -> "2".equals(d.findElement(By.tagName("html")).getAttribute("data-alerted")));
        assertThat(driver.findElement(By.id("call-banner")).isDisplayed()).isTrue();

        hub.post("/api/v1/counters/1/complete", null, token);
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("call-banner")));
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate-box")));
        assertThat(driver.findElement(By.id("materials-box")).getText()).contains("设立登记申请书");
        driver.findElement(By.cssSelector("#rate-scores [data-score='2']")).click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#rate-tags [data-tag='waiting']"))).click();
        shot("phone-rate-390x844.png");
        driver.findElement(By.id("rate-send")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate-thanks")));
        JsonObject after = hub.get("/api/v1/tickets/" + ticket.getString("id") + "?key=" + ticket.getString("key")).bodyAsJsonObject();
        assertThat(after.getBoolean("rated")).isTrue();
    }

    private void shot(String name) throws Exception {
        Screenshots.save(driver, name);
    }
}
