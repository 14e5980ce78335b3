package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The hall board on a real TV: it speaks the hub's recording, stays readable through the flash, and fits the screen. */
class BoardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    static final String AUTOPLAY = "--autoplay-policy=no-user-gesture-required";

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

    private String base() {
        return "http://127.0.0.1:" + hub.port();
    }

    private void openBoard(int width, int height, String... flags) throws Exception {
        driver = HeadlessChromium.start(temp.resolve("profile-" + width), width, height, flags);
        driver.get(base() + "/display/");
        new WebDriverWait(driver, WAIT).until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-bus")));
    }

    private JsonObject call(String token, String counter) {
        return hub.post("/api/v1/counters/" + counter + "/call", null, token).bodyAsJsonObject();
    }

    @Test
    void theBoardPlaysTheHubsRecordingOfEachCallToTheEnd() throws Exception {
        HeadlessChromium.assumeInstalled();
        assumeTrue(org.onewindow.voice.Announcer.choose(null).isPresent(), "skipped: espeak-ng is not installed");
        hub = TestHub.start(temp);
        openBoard(1920, 1080, AUTOPLAY);
        String token = hub.login("s01");
        String first = hub.issue("commerce").getString("id");
        String second = hub.issue("commerce").getString("id");
        hub.post("/api/v1/counters/1/open", null, token);
        call(token, "1");
        call(token, "1");
        // Played in order, one after the other: the audio element's `ended` for each call.
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d ->
                (first + " " + second).equals(d.findElement(By.tagName("html")).getAttribute("data-announced")));
        assertThat(driver.findElement(By.id("sound-off")).isDisplayed()).isFalse();
        // A recall is announced again.
        hub.post("/api/v1/counters/1/recall", null, token);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                (first + " " + second + " " + second).equals(d.findElement(By.tagName("html")).getAttribute("data-announced")));
    }

    @Test
    void theNewNumberKeepsItsContrastThroughTheFlash() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        openBoard(1920, 1080);
        String token = hub.login("s01");
        hub.issue("commerce");
        hub.post("/api/v1/counters/1/open", null, token);
        call(token, "1");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.id("latest-number"), "A001"));
        // Sample every frame of the 3 s flash: the worst contrast of the number against its background.
        Object worst = ((JavascriptExecutor) driver).executeAsyncScript(CONTRAST_SAMPLER, "latest-number", "latest", 3200);
        assertThat(((Number) worst).doubleValue()).as("lowest contrast during the flash").isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void twentyWindowsAndTwelveLinesFitOneScreenInBothLanguages() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp, TestHub.morningClock(), BigHall.yaml());
        String token = hub.login("s01");
        for (int i = 0; i < BigHall.PREFIXES.length * 3; i++) {
            hub.issue("s" + (i % BigHall.PREFIXES.length + 1));
        }
        for (int c = 1; c <= 20; c++) {
            hub.post("/api/v1/counters/" + c + "/open", null, token);
        }
        for (int c = 1; c <= 16; c++) {
            call(token, String.valueOf(c));
        }
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
            openBoard(size[0], size[1]);
            for (String lang : List.of("zh", "en")) {
                if (!lang.equals(((JavascriptExecutor) driver).executeScript("return I18N.lang"))) {
                    driver.findElement(By.cssSelector("[data-lang-toggle]")).click();
                }
                new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#counters .tile")).size() == 20
                        && d.findElements(By.cssSelector("#queues .tile")).size() == 12);
                @SuppressWarnings("unchecked")
                Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FIT);
                assertThat(((Number) fit.get("overflowing")).intValue()).as(lang + " at " + size[0] + "×" + size[1] + ": " + fit)
                        .isZero();
                assertThat(((Number) fit.get("pageHeight")).intValue()).isLessThanOrEqualTo(size[1]);
                if (size[0] == 1920 && lang.equals("zh")) {
                    Screenshots.save(driver, "board-1920x1080.png");
                }
            }
            driver.quit();
            driver = null;
        }
    }

    @Test
    void theWindowDisplayIsReadableFromFiveMetresAndThroughItsFlash() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        String token = hub.login("s01");
        hub.issue("commerce");
        hub.post("/api/v1/counters/1/open", null, token);
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            driver = HeadlessChromium.start(temp.resolve("window-" + size[0]), size[0], size[1]);
            driver.get(base() + "/display/counter/?id=1");
            new WebDriverWait(driver, WAIT).until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-bus")));
            if (size[0] == 1920) {
                call(token, "1");
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.id("current-number"), "A001"));
                Object worst = ((JavascriptExecutor) driver).executeAsyncScript(CONTRAST_SAMPLER, "current-number", "w-body", 3200);
                assertThat(((Number) worst).doubleValue()).as("lowest contrast during the flash").isGreaterThanOrEqualTo(4.5);
                // From 5 m a digit needs to be some 7 cm tall: a third of a hall TV's height and more.
                double height = ((Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.getElementById('current-number').getBoundingClientRect().height")).doubleValue();
                assertThat(height).isGreaterThanOrEqualTo(size[1] * 0.33);
            }
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight")).intValue())
                    .isLessThanOrEqualTo(size[1]);
            driver.quit();
            driver = null;
        }
    }

    @Test
    void aBoardThatCannotPlaySoundSaysSoAndTheManagerSeesIt() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        // No autoplay flag: the browser holds sound back until someone touches the screen.
        driver = HeadlessChromium.start(temp.resolve("muted"), 1920, 1080);
        driver.get(base() + "/display/?name=entrance-tv");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("sound-off")));
        String manager = hub.login("m01");
        new WebDriverWait(driver, WAIT).until(d -> hub.get("/api/v1/boards", manager).bodyAsString().contains("\"sound\":\"blocked\""));
        assertThat(hub.get("/api/v1/boards", manager).bodyAsJsonObject().getJsonArray("boards").getJsonObject(0).getString("board"))
                .isEqualTo("entrance-tv");
        assertThat(hub.get("/api/v1/boards", hub.login("s01")).statusCode()).isEqualTo(403);
    }

    /** Every tile, the latest call and the recent list lie inside the viewport. */
    static final String FIT = """
            var h = window.innerHeight, w = window.innerWidth, bad = [];
            document.querySelectorAll('#counters .tile, #queues .tile, #latest, .recent, #latest-number').forEach(function (el) {
              var r = el.getBoundingClientRect();
              if (r.bottom > h + 0.5 || r.right > w + 0.5 || r.top < 0) { bad.push((el.id || el.className) + ' ' + Math.round(r.bottom)); }
            });
            return {overflowing: bad.length, pageHeight: document.documentElement.scrollHeight, viewport: h, bad: bad.slice(0, 5).join(', ')};
            """;

    /** Resolves with the lowest WCAG contrast ratio between an element's text colour and its box's background, sampled per frame. */
    static final String CONTRAST_SAMPLER = """
            var text = document.getElementById(arguments[0]), box = document.getElementById(arguments[1]);
            var ms = arguments[2], done = arguments[arguments.length - 1], start = performance.now(), worst = 99;
            function rgb(s) { var m = s.match(/[0-9.]+/g).map(Number); return m; }
            function lum(c) { var a = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2]; }
            function frame() {
              var a = lum(rgb(getComputedStyle(text).color)), b = lum(rgb(getComputedStyle(box).backgroundColor));
              var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              worst = Math.min(worst, ratio);
              if (performance.now() - start < ms) { requestAnimationFrame(frame); } else { done(worst); }
            }
            requestAnimationFrame(frame);
            """;
}
