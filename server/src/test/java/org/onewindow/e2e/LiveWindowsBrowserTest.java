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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live windows panel at the manager console's 1366×768: a quiet morning says so; then clerks work
 * through the API (another client) and the panel follows each change without a reload: the commerce
 * line that has waited 20 minutes is highlighted, and so is window 1, idle while it waits; a call and
 * a completion at window 1 show at once.
 */
class LiveWindowsBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final By PANEL = By.id("live-panel");
    private static final By WINDOW_ONE = By.cssSelector("#live-body tr[data-live-counter='1']");
    private static final By COMMERCE_LINE = By.cssSelector("#live-lines [data-line='commerce']");

    @TempDir
    Path temp;
    private TestHub hub;
    private WebDriver driver;

    @BeforeEach
    void startHubAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        driver = HeadlessChromium.start(temp.resolve("chromium-profile"), 1366, 768);
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
    void theManagerWatchesTheWindowsLiveAndSeesTheLineThatWaitsLongest() throws Exception {
        signIn("m01");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("live-quiet")));
        assertThat(driver.findElement(By.id("live-quiet")).getText()).contains("今天还没有办理业务");
        assertThat(driver.findElement(By.id("live-table")).isDisplayed()).isFalse();

        // Another client: the clerks open their windows, visitors take tickets at 10:00.
        String zhang = hub.login("s01");
        String li = hub.login("s02");
        hub.post("/api/v1/counters/1/open", null, zhang);
        hub.post("/api/v1/counters/2/open", null, li);
        hub.issue("commerce");
        hub.issue("commerce");
        hub.issue("tax");
        // 20 minutes later window 2 calls its visitor; window 1 has called nobody.
        hub.clock.advanceMinutes(20);
        hub.post("/api/v1/counters/2/call", null, li);

        waiting().until(ExpectedConditions.visibilityOfElementLocated(WINDOW_ONE));
        waiting().until(d -> "true".equals(d.findElement(COMMERCE_LINE).getAttribute("data-longest")));
        WebElement commerce = driver.findElement(COMMERCE_LINE);
        assertThat(commerce.getAttribute("class")).contains("long");
        assertThat(commerce.getText()).contains("等候最久", "A 企业开办", "2 人等候", "A001 已等 20 分钟");
        waiting().until(d -> d.findElement(WINDOW_ONE).getAttribute("class").contains("live-alert"));
        assertThat(driver.findElement(WINDOW_ONE).getText()).contains("张三", "服务中", "20", "今日未叫号", "空闲中，有队列久等", "A 企业开办");
        WebElement windowTwo = driver.findElement(By.cssSelector("#live-body tr[data-live-counter='2']"));
        assertThat(windowTwo.getText()).contains("李四", "B001 · 0 分钟");
        assertThat(windowTwo.getAttribute("class")).doesNotContain("live-alert");
        WebElement windowThree = driver.findElement(By.cssSelector("#live-body tr[data-live-counter='3']"));
        assertThat(windowThree.getText()).contains("已关闭", "无人值守");
        assertThat(windowThree.findElement(By.cssSelector(".live-idle-cell")).getText()).isEqualTo("—");
        assertThat(driver.findElement(By.id("live-at")).getText()).as("the hall's time, not the browser's").isEqualTo("10:20 更新");
        assertFits();
        assertPanelInFirstScreen();
        Screenshots.save(driver, "manager-live-windows.png");

        // 张三 calls: the panel shows the visitor at once, and window 1 is no longer idle.
        hub.clock.advanceMinutes(1);
        hub.post("/api/v1/counters/1/call", null, zhang);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(WINDOW_ONE, "A001 · 0 分钟"));
        waiting().until(d -> !d.findElement(WINDOW_ONE).getAttribute("class").contains("live-alert"));
        assertThat(driver.findElement(COMMERCE_LINE).getText()).as("A002 still waits since 10:00").contains("A002 已等 21 分钟");

        // …and completes: served today goes to 1.
        hub.clock.advanceMinutes(4);
        hub.post("/api/v1/counters/1/complete", null, zhang);
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("#live-body tr[data-live-counter='1'] .live-served"), "1"));

        driver.findElement(By.cssSelector("[data-lang-toggle]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(COMMERCE_LINE, "Waiting longest"));
        assertThat(driver.findElement(PANEL).getText()).contains("Live windows", "Served today", "Last call");
        Screenshots.save(driver, "manager-live-windows-en.png");
    }

    private void signIn(String staff) {
        driver.get("http://127.0.0.1:" + hub.port() + "/manager/");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys(staff);
        driver.findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
        driver.findElement(By.id("login")).click();
        waiting().until(d -> "open".equals(KioskPage.attr("data-bus", d)));
    }

    /** No sideways scrolling of the page at 1366×768. */
    private void assertFits() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("the console overflows sideways").isLessThanOrEqualTo(0);
    }

    /** A manager glancing at the console sees the panel's title without scrolling. */
    private void assertPanelInFirstScreen() {
        Object top = ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('live-panel').getBoundingClientRect().top;");
        assertThat(((Number) top).doubleValue()).isLessThan(768 / 2.0);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }
}
