package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.OverloadedHall;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The manager's advisor advisor in the browser: after an hour that overloads commerce, the
 * manager opens the advice panel, reads the recommendation to add commerce to window 2, applies it
 * and sees window 2 serve commerce; advice the hall has moved past is refreshed, in plain words.
 */
class AdviceBrowserTest {
    private static final String ADVICE = "[data-advice='2+commerce']";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private TestHub hub;
    private WebDriver driver;

    @BeforeEach
    void startHubAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = OverloadedHall.start(temp);
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
    void managerAppliesAdviceAndWindowTwoServesCommerce() {
        signInAndOpenAdvice();
        WebElement card = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ADVICE)));
        assertThat(card.findElement(By.className("advice-text")).getText()).startsWith("2号窗口：增加企业开办");
        assertThat(card.getText()).contains("企业开办平均等候", "全厅平均等候", "→");
        assertThat(driver.findElement(By.id("advice-auto")).getText()).isEqualTo("自动调度未开启");

        card.findElement(By.cssSelector("[data-apply]")).click();
        WebElement confirm = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(ADVICE + " [data-confirm]")));
        assertThat(driver.findElement(By.cssSelector(ADVICE + " .advice-confirm")).getText()).contains("60 分钟");
        confirm.click();

        // The hub answers until = 11:00 + the hall's 60-minute hold, in hall time.
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(ADVICE + " [data-applied]"), "已采纳，至 12:00"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#counters-table tr[data-counter='2']"), "企业开办"));
        JsonObject window2 = hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").stream()
                .map(JsonObject.class::cast).filter(c -> "2".equals(c.getString("id"))).findFirst().orElseThrow();
        assertThat(window2.getJsonArray("profile").getList()).containsExactly("commerce", "tax");

        driver.findElement(By.cssSelector("[data-lang-toggle]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(ADVICE + " [data-applied]"), "Applied until 12:00"));
        assertThat(driver.findElement(By.cssSelector(ADVICE + " .advice-text")).getText()).startsWith("Window 2: add Business registration");
    }

    @Test
    void adviceTheHallHasMovedPastIsRefreshedAndSaidSo() {
        signInAndOpenAdvice();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ADVICE)));

        // Another manager applies the same advice first.
        assertThat(hub.post("/api/v1/advice/2+commerce/apply", null, hub.login("m01")).statusCode()).isEqualTo(200);

        driver.findElement(By.cssSelector(ADVICE + " [data-apply]")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(ADVICE + " [data-confirm]"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("advice-notice"), "大厅情况已变化"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("advice-list"), "aria-busy", "false"));
        assertThat(driver.findElements(By.cssSelector(ADVICE))).isEmpty();
        assertThat(driver.findElement(By.id("advice-none")).getText()).isEqualTo("当前各业务等候均衡，无需调整");
    }

    private void signInAndOpenAdvice() {
        driver.get("http://127.0.0.1:" + hub.port() + "/manager/");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys("m01");
        driver.findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
        driver.findElement(By.id("login")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#counters-table tr[data-counter='2']")));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("advice-toggle"))).click();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }
}
