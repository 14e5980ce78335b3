package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The kiosk as a 55-year-old visitor meets it, on a 1080×1920 portrait screen. */
class KioskBrowserTest {
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

    private KioskPage start(String yaml, String query, String... flags) throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = yaml == null ? TestHub.start(temp) : TestHub.start(temp, TestHub.morningClock(), yaml);
        driver = HeadlessChromium.start(temp.resolve("profile"), 1080, 1920, flags);
        return KioskPage.open(driver, hub, query);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    @Test
    void aSecondTapRightAfterTheFirstLeavesTheNewTicketOnScreen() throws Exception {
        start(null, null);
        WebElement service = driver.findElement(By.cssSelector("#choices [data-service='commerce']"));
        new Actions(driver).moveToElement(service).click().perform();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")));
        // The same finger again, a moment later, on the same spot.
        new Actions(driver).click().perform();
        assertThat(driver.findElement(By.id("ticket-number")).isDisplayed()).as("the ticket is still on screen").isTrue();
        assertThat(driver.findElement(By.id("ticket-number")).getText()).isEqualTo("A001");
        // And once the moment has passed, still no button lies where the service button was.
        new KioskPage(driver).waitUntil(d -> KioskPage.attr("data-guard", d) == null);
        new Actions(driver).click().perform();
        assertThat(driver.findElement(By.id("ticket-number")).isDisplayed()).isTrue();
    }

    @Test
    void aDoubleTapOnADepartmentDoesNotTakeATicketForTheMatterBeneath() throws Exception {
        start(KioskHall.yaml(), null);
        WebElement department = driver.findElement(By.cssSelector("#choices [data-department]"));
        new Actions(driver).moveToElement(department).click().click().perform();
        new KioskPage(driver).waitForScreen("screen-matters");
        assertThat(hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("services").stream()
                .mapToInt(s -> ((io.vertx.core.json.JsonObject) s).getInteger("waiting")).sum()).isZero();
    }

    @Test
    void theKioskPromisesWhatTheTicketSays() throws Exception {
        KioskPage kiosk = start(null, null);
        hub.post("/api/v1/counters/1/open", null, hub.login("s01"));
        hub.post("/api/v1/counters/2/open", null, hub.login("s02"));
        for (int i = 0; i < 5; i++) {
            hub.issue("tax");
        }
        hub.issue("commerce");
        By commerce = By.cssSelector("#choices [data-service='commerce'] .stats b");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(commerce, "前面 1 人"));
        kiosk.take("commerce");
        assertThat(driver.findElement(By.id("ticket-ahead")).getText()).isEqualTo("1 人");
    }

    @Test
    void aLineNoWindowServesSaysSoAndAClosedHallGivesItsHours() throws Exception {
        KioskPage kiosk = start(null, null);
        By commerce = By.cssSelector("#choices [data-service='commerce']");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(commerce, "暂无窗口办理，开窗后按顺序叫号"));
        kiosk.take("commerce");
        assertThat(driver.findElement(By.id("next-step")).getText()).contains("暂无窗口办理");
        assertThat(driver.findElement(By.id("ticket-wait")).getText()).isEqualTo("—");
        driver.findElement(By.id("done")).click();
        hub.clock.set(java.time.Instant.parse("2026-11-26T12:00:00Z")); // 20:00 in Shanghai
        driver.navigate().refresh();
        WebElement closed = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("hall-closed")));
        assertThat(closed.getText()).contains("现在不是取号时间").contains("周一至周五 08:30–17:30");
        assertThat(driver.findElement(commerce).isEnabled()).isFalse();
    }

    @Test
    void theIdleScreenReturnsToChineseAndTheNormalMode() throws Exception {
        KioskPage kiosk = start(null, "?idle=4");
        kiosk.tap(By.id("elderly"));
        driver.findElement(By.cssSelector("[data-lang-toggle]")).click();
        kiosk.waitUntil(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("elderly");
        // Nobody touches the kiosk: the next visitor finds it in Chinese and the normal mode.
        kiosk.waitUntil(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                && !d.findElement(By.tagName("body")).getAttribute("class").contains("elderly"));
        assertThat(driver.findElement(By.id("elderly")).getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void twoTapsFromIdleToATicketThroughADepartmentAndASearchByPinyinInitials() throws Exception {
        KioskPage kiosk = start(KioskHall.yaml(), null);
        assertThat(driver.findElements(By.cssSelector("#choices [data-department]"))).hasSize(3);
        assertThat(kiosk.take("business")).isEqualTo("A001");
        assertThat(driver.findElement(By.id("next-step")).getText()).contains("A001").contains("窗口");
        kiosk.tap(By.id("done"));
        kiosk.tap(By.id("search-open"));
        kiosk.tap(By.cssSelector("[data-key='s']"));
        kiosk.tap(By.cssSelector("[data-key='b']"));
        kiosk.waitUntil(d -> d.findElements(By.cssSelector("#results [data-result]")).size() == 1);
        kiosk.tap(By.cssSelector("#results [data-result='social-card']"));
        kiosk.waitUntil(d -> "screen-ticket".equals(KioskPage.attr("data-screen", d)));
        kiosk.waitUntil(d -> d.findElement(By.id("ticket-number")).getText().startsWith("F"));
        screenshot("kiosk-ticket-1080x1920.png");
    }

    @Test
    void elderlyModeHasBigTextAtMostSixChoicesAndReadsAloud() throws Exception {
        KioskPage kiosk = start(KioskHall.yaml(), null, BoardBrowserTest.AUTOPLAY);
        hub.post("/api/v1/counters/3/open", null, hub.login("s01"));
        hub.issue("business");
        hub.issue("pension");
        kiosk.waitUntil(d -> d.findElement(By.cssSelector("#choices [data-department]")).getText().contains("等候 1 人"));
        screenshot("kiosk-1080x1920.png");
        kiosk.tap(By.id("elderly")); // tap 1
        assertSmallestText(32, "idle screen");
        assertThat(visibleChoices()).isBetween(1, 6);
        screenshot("kiosk-elderly-1080x1920.png");
        kiosk.tap(By.cssSelector("#choices [data-department][data-services~='social-card']")); // tap 2
        kiosk.waitForScreen("screen-matters");
        assertThat(visibleChoices()).isBetween(1, 6);
        assertSmallestText(32, "matters");
        kiosk.tap(By.cssSelector("#matters [data-service='social-card']")); // tap 3: the ticket
        kiosk.waitUntil(d -> "F001".equals(d.findElement(By.id("ticket-number")).getText()));
        assertSmallestText(32, "ticket");
        screenshot("kiosk-elderly-ticket-1080x1920.png");
        if (org.onewindow.voice.Announcer.choose(null).isPresent()) {
            kiosk.waitUntil(d -> String.valueOf(KioskPage.attr("data-spoken", d)).contains("service:social-card")
                    && String.valueOf(KioskPage.attr("data-spoken", d)).contains("number:F001"));
        }
    }

    private int visibleChoices() {
        return (int) driver.findElements(By.cssSelector(".screen:not([hidden]) .choice")).stream().filter(WebElement::isDisplayed).count();
    }

    /** Every visible piece of text on the page is at least this size. */
    private void assertSmallestText(int px, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> smallest = (Map<String, Object>) js().executeScript("""
                var min = 999, what = '';
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  var node = walker.currentNode, el = node.parentElement;
                  if (!node.textContent.trim() || !el || !el.getClientRects().length) { continue; }
                  if (el.closest('[hidden], .sr-only, .qr-box')) { continue; }
                  var size = parseFloat(getComputedStyle(el).fontSize);
                  if (size < min) { min = size; what = node.textContent.trim().slice(0, 40) + ' <' + el.tagName + '.' + el.className + '>'; }
                }
                return {size: min, what: what};
                """);
        assertThat(((Number) smallest.get("size")).doubleValue()).as(where + ": smallest text is " + smallest.get("what"))
                .isGreaterThanOrEqualTo(px);
    }

    private void screenshot(String name) throws Exception {
        Screenshots.save(driver, name);
    }

}
