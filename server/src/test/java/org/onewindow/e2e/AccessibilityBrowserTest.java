package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (vendored in the test classpath: no CDN) with the WCAG 2.0/2.1/2.2 A and AA rules finds nothing
 * serious or critical on any page, in the states visitors and staff see: idle, busy, called, mid-flash, rating.
 */
class AccessibilityBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static String axe;

    @TempDir
    Path temp;
    private TestHub hub;
    private WebDriver driver;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void loadAxe() throws Exception {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Runs axe on the page as it is now and notes every serious or critical violation. */
    private void check(String state) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
            js.executeScript(axe);
        }
        Object found = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {
                        return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160); }).join(' | '); }));
                  }, function (e) { done(['axe failed: ' + e]); });
                """);
        for (Object v : (List<?>) found) {
            problems.add(state + ": " + v);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + hub.port();
    }

    private void live() {
        waiting().until(d -> "open".equals(KioskPage.attr("data-bus", d)));
    }

    @Test
    void noPageInAnyStateHasASeriousOrCriticalProblem() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp, TestHub.morningClock(), KioskHall.yaml().replace("""
                  kiosks:
                    - {id: k1, name: {zh: 大厅取号机, en: Hall kiosk}}
                """, """
                  kiosks:
                    - {id: k1, name: {zh: 大厅取号机, en: Hall kiosk}}
                  pads:
                    - {id: pad1, counter: "1"}
                """));
        driver = HeadlessChromium.start(temp.resolve("profile"), 1080, 1920);
        String token = hub.login("s01");

        // The kiosk: idle, a department, the search, a ticket, elderly mode, English.
        KioskPage kiosk = KioskPage.open(driver, hub, null);
        check("kiosk idle");
        kiosk.tap(By.cssSelector("#choices [data-department]"));
        kiosk.waitForScreen("screen-matters");
        check("kiosk matters");
        kiosk.tap(By.cssSelector("#screen-matters [data-back]"));
        kiosk.tap(By.id("search-open"));
        kiosk.tap(By.cssSelector("[data-key='q']"));
        check("kiosk search");
        kiosk.tap(By.cssSelector("#screen-search [data-back]"));
        kiosk.take("business");
        check("kiosk ticket");
        kiosk.tap(By.id("done"));
        kiosk.tap(By.id("elderly"));
        check("kiosk elderly");
        driver.findElement(By.cssSelector("[data-lang-toggle]")).click();
        check("kiosk english");
        driver.findElement(By.cssSelector("[data-lang-toggle]")).click();

        // The phone page of a waiting ticket, then called, then to rate.
        JsonObject ticket = hub.issue("business");
        driver.get(base() + "/t/" + ticket.getString("id") + "?key=" + ticket.getString("key"));
        live();
        waiting().until(ExpectedConditions.textToBe(By.id("ticket-number"), "A002"));
        check("phone waiting");

        // The board and window display idle, then mid-flash of a call.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1200));
        driver.get(base() + "/display/");
        live();
        check("board idle");
        hub.post("/api/v1/counters/1/open", null, token);
        hub.post("/api/v1/counters/1/call", null, token);
        waiting().until(d -> d.findElement(By.id("latest")).getAttribute("class").contains("flash"));
        check("board mid-flash");
        driver.get(base() + "/display/counter/?id=1");
        live();
        check("window display");

        // The pad beside window 1, asking for a rating.
        String padToken = hub.pair("pad", "pad1");
        driver.get(base() + "/pad/");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('onewindow.device.pad.token', arguments[0])", padToken);
        driver.get(base() + "/pad/");
        live();
        check("pad waiting");
        hub.post("/api/v1/counters/1/complete", null, token);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-score='2']")));
        check("pad rate");
        driver.findElement(By.cssSelector("[data-score='2']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tags-submit")));
        check("pad tags");

        // The ticket called then completed: its page offers the rating.
        driver.get(base() + "/t/" + ticket.getString("id") + "?key=" + ticket.getString("key"));
        live();
        hub.post("/api/v1/counters/1/call", null, token);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("call-banner")));
        check("phone called");
        hub.post("/api/v1/counters/1/complete", null, token);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rate-box")));
        driver.findElement(By.cssSelector("#rate-scores [data-score='2']")).click();
        check("phone rating");

        // A line that has waited 20 minutes while window 1 stands idle: the manager's live windows panel highlights both.
        hub.issue("business");
        hub.clock.advanceMinutes(20);

        // The consoles: sign-in, then signed in.
        for (String[] console : new String[][] {{"/counter/", "s01", "counter-select"}, {"/manager/", "m01", "services-table"}}) {
            driver.get(base() + console[0]);
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff")));
            check(console[0] + " sign-in");
            driver.findElement(By.id("staff")).sendKeys(console[1]);
            driver.findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
            driver.findElement(By.id("login")).click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(console[2])));
            live();
            if (console[0].equals("/manager/")) {
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-body tr.live-alert")));
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-lines .live-line.long")));
            }
            check(console[0] + " signed in");
        }

        // The counter console at the clerk's 1366×768 monitor: serving with a line long enough to scroll in its card,
        // a keypad transfer under way, a refusal shown.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        for (int i = 0; i < 15; i++) {
            hub.issue("business");
        }
        driver.get(base() + "/counter/");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        driver.get(base() + "/counter/");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys("s01");
        driver.findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
        driver.findElement(By.id("login")).click();
        live();
        waiting().until(d -> "call".equals(((JavascriptExecutor) d).executeScript("return document.activeElement.id")));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys("n").perform();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已呼叫"));
        check("/counter/ serving at 1366x768");
        ((JavascriptExecutor) driver).executeScript("""
                document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: '*', code: 'NumpadMultiply', location: 3, bubbles: true}));
                document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: '3', code: 'Numpad3', location: 3, bubbles: true}));
                document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', code: 'NumpadEnter', location: 3, bubbles: true}));
                """);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "无法转移"));
        check("/counter/ transfer refused");

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theHubHasAFavicon() throws Exception {
        hub = TestHub.start(temp);
        assertThat(hub.get("/favicon.ico").statusCode()).isEqualTo(200);
    }
}
