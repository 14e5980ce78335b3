package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.onewindow.tickets.Refusal;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A clerk works visitors start to finish on the counter console with the keyboard alone, at 1366×768: signs
 * in, opens the window, calls, recalls, tries a transfer to a closed window (told so in Chinese, naming it),
 * completes, marks a no-show, pauses and closes; and the same day on a USB numeric keypad, NumLock on and
 * off. After every key the hub's state is checked over the API, the focus is on a control (never on
 * <body>) and the page does not scroll.
 */
class CounterKeysBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.sized(TestHub::start, 1366, 768);
    private TestHub hub;
    private ChromeDriver driver;
    private String token;

    @BeforeEach
    void signInTheManagersClient() {
        hub = hall.hub();
        driver = (ChromeDriver) hall.driver();
        token = hub.login("m01");
    }

    @Test
    void aClerkWorksAVisitorStartToFinishWithTheKeyboardAlone() throws Exception {
        JsonObject first = hub.issue("commerce");
        JsonObject second = hub.issue("commerce");
        signInWithKeys();
        assertThat(focused()).isEqualTo("open");
        assertFitsWithoutScrolling("signed in");
        assertEveryWordIsTranslated();

        key("o");
        until(w -> "open".equals(w.getString("status")) && "s01".equals(w.getString("staff")));
        focusIs("call");

        key("n");
        until(w -> first.getString("id").equals(w.getString("currentTicket")));
        waitForText("current-number", "A001");
        focusIs("call");

        key("r");
        untilTicket(first, t -> t.getInteger("recalls") == 1);
        focusIs("recall");

        // To a closed window: the console names it in the clerk's language; the visitor stays here.
        key("t");
        focusIs("transfer-target");
        key("3");
        assertThat(selected("transfer-target")).isEqualTo("counter:3");
        key(Keys.ENTER);
        waitForText("message", "3号综合窗口未开启，无法转移");
        assertThat(hub.get("/api/v1/hall").bodyAsJsonObject().encode()).doesNotContain("is closed");
        untilTicket(first, t -> "called".equals(t.getString("status")) && "1".equals(t.getString("counter")));
        focusIs("transfer-target");
        assertFitsWithoutScrolling("transfer refused");
        Screenshots.save(driver, "counter-console-1366x768-transfer-refused.png");
        key(Keys.ESCAPE);
        focusIs("call");

        // A letter typed into a field is the field's: nothing is called.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('assist-service').focus()");
        key("n");
        key(Keys.ESCAPE);
        focusIs("call");
        untilTicket(first, t -> "called".equals(t.getString("status")));
        untilTicket(second, t -> "waiting".equals(t.getString("status")));

        key("c");
        untilTicket(first, t -> "completed".equals(t.getString("status")));
        until(w -> w.getValue("currentTicket") == null);
        focusIs("call");
        waitForText("today-served", "1");

        key("n");
        untilTicket(second, t -> "called".equals(t.getString("status")));
        waitForText("current-number", "A002");
        assertThat(selected("transfer-target")).as("the target chosen for A001").isEmpty();
        waitForText("queue-count", "0");
        assertFitsWithoutScrolling("serving");
        Screenshots.save(driver, "counter-console-1366x768.png");
        key("s");
        untilTicket(second, t -> "no_show".equals(t.getString("status")));
        focusIs("call");

        key("p");
        until(w -> "paused".equals(w.getString("status")));
        focusIs("open");
        key("x");
        until(w -> "closed".equals(w.getString("status")) && w.getValue("staff") == null);
        focusIs("open");
        assertFitsWithoutScrolling("closed");
    }

    @Test
    void aUsbKeypadIsACallerKeypadWithNumLockOnOrOff() throws Exception {
        List<JsonObject> tickets = List.of(hub.issue("commerce"), hub.issue("commerce"), hub.issue("commerce"));
        english();
        signInWithKeys();

        pad("NumpadDivide", "/", 111);
        until(w -> "open".equals(w.getString("status")));
        focusIs("call");
        pad("NumpadAdd", "+", 107);
        untilTicket(tickets.get(0), t -> "called".equals(t.getString("status")));
        pad("NumpadDecimal", "Delete", 46);                      // NumLock off
        untilTicket(tickets.get(0), t -> t.getInteger("recalls") == 1);

        // * 3 Enter: window 3 is closed, so the ticket stays; once 李四 opens it, * 3 + transfers it there.
        pad("NumpadMultiply", "*", 106);
        pad("Numpad3", "PageDown", 34);                           // NumLock off
        waitForText("transfer-hint", "Transfer to: Window 3");
        assertFitsWithoutScrolling("keypad transfer");
        Screenshots.save(driver, "counter-console-1366x768-keypad-transfer-en.png");
        pad("NumpadEnter", "Enter", 13);
        waitForText("message", "Window 3 is not open, so the ticket cannot be transferred there.");
        untilTicket(tickets.get(0), t -> "called".equals(t.getString("status")));
        hub.post("/api/v1/counters/3/open", null, hub.login("s02"));
        pad("NumpadMultiply", "*", 106);
        pad("Numpad3", "3", 99);
        pad("NumpadAdd", "+", 107);
        untilTicket(tickets.get(0), t -> "waiting".equals(t.getString("status")));
        assertThat(hub.get("/api/v1/counters/3/queue", token).bodyAsJsonObject().getJsonArray("tickets").encode())
                .contains(tickets.get(0).getString("id"));
        focusIs("call");

        pad("NumpadEnter", "Enter", 13);
        untilTicket(tickets.get(1), t -> "called".equals(t.getString("status")));
        pad("Numpad0", "Insert", 45);                             // NumLock off
        untilTicket(tickets.get(1), t -> "no_show".equals(t.getString("status")));
        pad("NumpadAdd", "+", 107);
        untilTicket(tickets.get(2), t -> "called".equals(t.getString("status")));
        pad("NumpadSubtract", "-", 109);
        untilTicket(tickets.get(2), t -> "completed".equals(t.getString("status")));
        focusIs("call");
        pad("NumpadDivide", "/", 111);
        until(w -> "paused".equals(w.getString("status")));
        focusIs("open");
        assertFitsWithoutScrolling("keypad");
        waitForText("message", "Window paused");

        // The message line follows a switch of language, as the rest of the console does.
        driver.findElement(By.cssSelector("[data-lang-toggle]")).click();
        waitForText("message", "窗口已暂停");
    }

    @Test
    void aKeyPressedTwiceWhileItsRequestIsInFlightCallsOnce() throws Exception {
        JsonObject first = hub.issue("commerce");
        JsonObject second = hub.issue("commerce");
        signInWithKeys();
        key("o");
        until(w -> "open".equals(w.getString("status")));
        focusIs("call");
        // Two presses in one task: the second comes before the first call can have been answered; a held key repeats.
        ((JavascriptExecutor) driver).executeScript("""
                function press(repeat) {
                  document.activeElement.dispatchEvent(new KeyboardEvent('keydown',
                    {key: '+', code: 'NumpadAdd', location: 3, repeat: repeat, bubbles: true, cancelable: true}));
                }
                press(false); press(false); press(true);
                """);
        waitForText("current-number", "A001");
        untilTicket(first, t -> "called".equals(t.getString("status")));
        until(w -> first.getString("id").equals(w.getString("currentTicket")));
        assertThat(ticket(second).getString("status")).isEqualTo("waiting");
        assertThat(hub.auditedActors("TICKET_CALLED")).hasSize(1);
        focusIs("call");
    }

    @Test
    void everyCodeTheHubCanRefuseWithHasChineseWordsOnTheConsole() throws Exception {
        signInWithKeys();
        List<String> codes = Stream.concat(Arrays.stream(Refusal.values()).map(Enum::name), Stream.of(
                "COUNTER_NOT_HELD", "FORBIDDEN", "UNAUTHENTICATED", "SESSION_EXPIRED", "TOO_MANY_REQUESTS", "UNAVAILABLE",
                "NOT_FOUND", "METHOD_NOT_ALLOWED", "BODY_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "FOREIGN_ORIGIN", "BAD_HOST",
                "TIMEOUT", "NETWORK", "SOMETHING_NEW")).toList();
        @SuppressWarnings("unchecked")
        Map<String, String> words = (Map<String, String>) ((JavascriptExecutor) driver).executeScript("""
                var out = {};
                arguments[0].forEach(function (code) {
                  out[code] = CounterWords.of({code: code, status: 409, message: 'window 2 is serving A004: complete, mark no-show or transfer it first'},
                    {number: 'A004'});
                });
                return out;
                """, codes);
        assertThat(words).hasSize(codes.size());
        words.forEach((code, text) -> {
            assertThat(text).as(code).doesNotContain("window 2").containsPattern("\\p{IsHan}");
            assertThat(text).as(code).doesNotStartWith("con.err").doesNotStartWith("err.");
        });
        assertThat(words.get("TICKET_IN_SERVICE")).isEqualTo("A004 仍在办理，请先办结、过号或转移，再关闭窗口");
    }

    @Test
    void keysAreReadByCodeByKeyAndLocationWhenAKeypadGivesNoCodeAndNeverWithModifiers() throws Exception {
        signInWithKeys();
        @SuppressWarnings("unchecked")
        List<String> read = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                function r(init) { var k = CounterKeys.resolve(init); return k ? (k.action || '') + '/' + (k.digit || '') : 'none'; }
                return [
                  r({code: 'Numpad0', key: 'Insert', location: 3}),          // NumLock off
                  r({code: '', key: 'Insert', location: 3}),                  // no code: by key and location
                  r({code: '', key: 'Delete', location: 3}),
                  r({code: '', key: 'PageDown', location: 3}),
                  r({code: '', key: 'Enter', location: 0}),                   // the main Enter belongs to the focused button
                  r({code: 'KeyN', key: 'Process', location: 0}),             // an input method holds the key: read the code
                  r({code: 'KeyN', key: 'n', ctrlKey: true}),
                  r({code: 'KeyN', key: 'N', shiftKey: true}),
                  r({code: 'KeyC', key: 'c', repeat: true}),
                  r({code: 'NumpadAdd', key: '+', location: 3, shiftKey: true})
                ];
                """);
        assertThat(read).containsExactly("noShow/0", "noShow/0", "recall/", "/3", "none", "call/", "none", "none", "none", "call/");
    }

    // ---- the keyboard

    private void english() {
        driver.get("http://127.0.0.1:" + hub.port() + "/counter/");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('onewindow.lang', 'en')");
    }

    private void signInWithKeys() {
        driver.get("http://127.0.0.1:" + hub.port() + "/counter/");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff")));
        hall.waiting().until(d -> "staff".equals(focused()));
        new Actions(driver).sendKeys("s01").sendKeys(Keys.TAB).sendKeys(TestHub.PASSWORD).sendKeys(Keys.ENTER).perform();
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("counter-select")));
        hall.waiting().until(d -> "open".equals(focused()));
    }

    /** Keys typed where the focus is, as a keyboard types them. */
    private void key(CharSequence keys) {
        untilIdle();
        new Actions(driver).sendKeys(keys).perform();
        assertThat(focused()).as("focus after " + keys).isNotEqualTo("BODY");
    }

    /**
     * A key of a USB numeric keypad through Chromium's own input (DevTools Input.dispatchKeyEvent): with
     * NumLock off a digit key types no digit (key "Insert", "PageDown"…) but keeps its code.
     */
    private void pad(String code, String key, int keyCode) {
        untilIdle();
        for (String type : List.of("rawKeyDown", "keyUp")) {
            driver.executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", type, "code", code, "key", key,
                    "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode, "location", 3));
        }
        assertThat(focused()).as("focus after keypad " + code).isNotEqualTo("BODY");
    }

    /**
     * As a clerk would, the next key waits until the console has shown the hub's answer to the last one:
     * a key pressed while a request is in flight is ignored by design, and the hub's state can change
     * (what the test waits for) a moment before its answer reaches the page.
     */
    private void untilIdle() {
        hall.waiting().until(d -> !"true".equals(d.findElement(By.id("screen-console")).getAttribute("aria-busy")));
    }

    private String focused() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var a = document.activeElement; return a ? (a.id || a.tagName) : 'BODY';");
    }

    private void focusIs(String id) {
        hall.waiting().until(d -> id.equals(focused()));
    }

    private String selected(String id) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById(arguments[0]).value", id);
    }

    private void assertFitsWithoutScrolling(String what) {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var s = document.scrollingElement; return [s.scrollHeight, innerHeight, s.scrollWidth, innerWidth];");
        assertThat(sizes.get(1).intValue()).isEqualTo(768);
        assertThat(sizes.get(0).intValue()).as(what + ": scroll height").isLessThanOrEqualTo(sizes.get(1).intValue());
        assertThat(sizes.get(2).intValue()).as(what + ": scroll width").isLessThanOrEqualTo(sizes.get(3).intValue());
    }

    /** No string key (con.call, assist.title…) shows where its words should be. */
    private void assertEveryWordIsTranslated() {
        hall.waiting().until(d -> !driver.findElement(By.id("today-served")).getText().equals("—"));
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).doesNotContainPattern("\\b(con|assist|today|keys|st|staff|common|err)\\.[a-zA-Z]");
    }

    // ---- the hub's truth

    private void until(Predicate<JsonObject> windowOne) {
        hall.waiting().until(d -> windowOne.test(hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(0)));
    }

    private JsonObject ticket(JsonObject issued) {
        return hub.get("/api/v1/tickets/" + issued.getString("id") + "?key=" + issued.getString("key")).bodyAsJsonObject();
    }

    private void untilTicket(JsonObject issued, Predicate<JsonObject> test) {
        hall.waiting().until(d -> test.test(ticket(issued)));
    }

    private void waitForText(String id, String text) {
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }
}
