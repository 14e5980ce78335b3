package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ticket's page on the visitor's phone (390×844): called with a banner that stays and a sound; rated afterwards. */
class PhoneBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.sized(TestHub::start, 390, 844, BoardBrowserTest.AUTOPLAY);

    @Test
    void theCallStaysOnScreenAndAfterTheVisitThePhoneRatesWithTheTicketKey() throws Exception {
        TestHub hub = hall.hub();
        WebDriver driver = hall.driver();
        WebDriverWait waiting = hall.waiting();
        JsonObject ticket = hub.issue("commerce");
        driver.get(hall.base() + "/t/" + ticket.getString("id") + "?key=" + ticket.getString("key"));
        waiting.until(ExpectedConditions.textToBe(By.id("ticket-number"), "A001"));
        waiting.until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-bus")));
        // No window is open yet: the phone says so instead of promising a wait.
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-window")));
        driver.findElement(By.id("sound-enable")).click();
        Screenshots.save(driver, "phone-waiting-390x844.png");

        String token = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, token);
        hub.post("/api/v1/counters/1/call", null, token);
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("call-banner")));
        assertThat(driver.findElement(By.id("call-banner")).getText()).contains("请到 1号窗口").contains("Please go to Window 1");
        waiting.until(d -> d.findElement(By.tagName("html")).getAttribute("data-alerted") != null);
        Screenshots.save(driver, "phone-called-390x844.png");
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
        Screenshots.save(driver, "phone-rate-390x844.png");
        driver.findElement(By.id("rate-send")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate-thanks")));
        JsonObject after = hub.get("/api/v1/tickets/" + ticket.getString("id") + "?key=" + ticket.getString("key")).bodyAsJsonObject();
        assertThat(after.getBoolean("rated")).isTrue();
    }
}
