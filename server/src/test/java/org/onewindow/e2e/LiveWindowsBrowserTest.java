package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    @RegisterExtension
    final BrowserHall hall = BrowserHall.sized(TestHub::start, 1366, 768);

    @Test
    void theManagerWatchesTheWindowsLiveAndSeesTheLineThatWaitsLongest() throws Exception {
        signIn("m01");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("live-quiet")));
        assertThat(hall.driver().findElement(By.id("live-quiet")).getText()).contains("今天还没有办理业务");
        assertThat(hall.driver().findElement(By.id("live-table")).isDisplayed()).isFalse();

        // Another client: the clerks open their windows, visitors take tickets at 10:00.
        String zhang = hall.hub().login("s01");
        String li = hall.hub().login("s02");
        hall.hub().post("/api/v1/counters/1/open", null, zhang);
        hall.hub().post("/api/v1/counters/2/open", null, li);
        hall.hub().issue("commerce");
        hall.hub().issue("commerce");
        hall.hub().issue("tax");
        // 20 minutes later window 2 calls its visitor; window 1 has called nobody.
        hall.hub().clock.advanceMinutes(20);
        hall.hub().post("/api/v1/counters/2/call", null, li);

        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(WINDOW_ONE));
        hall.waiting().until(d -> "true".equals(d.findElement(COMMERCE_LINE).getAttribute("data-longest")));
        WebElement commerce = hall.driver().findElement(COMMERCE_LINE);
        assertThat(commerce.getAttribute("class")).contains("long");
        assertThat(commerce.getText()).contains("等候最久", "A 企业开办", "2 人等候", "A001 已等 20 分钟");
        hall.waiting().until(d -> d.findElement(WINDOW_ONE).getAttribute("class").contains("live-alert"));
        assertThat(hall.driver().findElement(WINDOW_ONE).getText()).contains("张三", "服务中", "20", "今日未叫号", "空闲中，有队列久等", "A 企业开办");
        WebElement windowTwo = hall.driver().findElement(By.cssSelector("#live-body tr[data-live-counter='2']"));
        assertThat(windowTwo.getText()).contains("李四", "B001 · 0 分钟");
        assertThat(windowTwo.getAttribute("class")).doesNotContain("live-alert");
        WebElement windowThree = hall.driver().findElement(By.cssSelector("#live-body tr[data-live-counter='3']"));
        assertThat(windowThree.getText()).contains("已关闭", "无人值守");
        assertThat(windowThree.findElement(By.cssSelector(".live-idle-cell")).getText()).isEqualTo("—");
        assertThat(hall.driver().findElement(By.id("live-at")).getText()).as("the hall's time, not the browser's").isEqualTo("10:20 更新");
        hall.assertNoSidewaysScroll("the console");
        assertPanelInFirstScreen();
        Screenshots.save(hall.driver(), "manager-live-windows.png");

        // 张三 calls: the panel shows the visitor at once, and window 1 is no longer idle.
        hall.hub().clock.advanceMinutes(1);
        hall.hub().post("/api/v1/counters/1/call", null, zhang);
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(WINDOW_ONE, "A001 · 0 分钟"));
        hall.waiting().until(d -> !d.findElement(WINDOW_ONE).getAttribute("class").contains("live-alert"));
        assertThat(hall.driver().findElement(COMMERCE_LINE).getText()).as("A002 still waits since 10:00").contains("A002 已等 21 分钟");

        // …and completes: served today goes to 1.
        hall.hub().clock.advanceMinutes(4);
        hall.hub().post("/api/v1/counters/1/complete", null, zhang);
        hall.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#live-body tr[data-live-counter='1'] .live-served"), "1"));

        hall.driver().findElement(By.cssSelector("[data-lang-toggle]")).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(COMMERCE_LINE, "Waiting longest"));
        assertThat(hall.driver().findElement(PANEL).getText()).contains("Live windows", "Served today", "Last call");
        Screenshots.save(hall.driver(), "manager-live-windows-en.png");
    }

    private void signIn(String staff) {
        hall.signIn("/manager/", staff);
        hall.waiting().until(d -> "open".equals(KioskPage.attr("data-bus", d)));
    }

    /** A manager glancing at the console sees the panel's title without scrolling. */
    private void assertPanelInFirstScreen() {
        Object top = ((JavascriptExecutor) hall.driver()).executeScript(
                "return document.getElementById('live-panel').getBoundingClientRect().top;");
        assertThat(((Number) top).doubleValue()).isLessThan(768 / 2.0);
    }
}
