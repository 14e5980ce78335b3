package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hub.HubSettings;
import org.onewindow.hub.HubVerticle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hall's day in one browser: a manager pairs the kiosk, a visitor takes a ticket there, the board is watching, a
 * clerk signs in, opens window 1 and calls; the number shows on the console and the board; the clerk
 * completes and the visitor rates it on the window's pad, paired the same way. Runs Debian's Chromium headless; Selenium never
 * downloads a browser or driver ({@link HeadlessChromium}).
 */
class HallFlowBrowserTest {
    private static final String COUNTER = "1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private Vertx vertx;
    private WebDriver driver;
    private String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
    void ticketTakenAtKioskIsCalledShownOnBoardCompletedAndRated() throws Exception {
        String serviceId = aServiceOfWindow(COUNTER);

        // A new kiosk shows its pairing code; the manager types it in the console's device panel.
        driver.get(base + "/kiosk/");
        String kiosk = driver.getWindowHandle();
        String kioskCode = ConsolePairing.codeShown(driver);
        driver.switchTo().newWindow(WindowType.TAB);
        String manager = driver.getWindowHandle();
        ConsolePairing.signInManager(driver, base, "m01", "demo-m01");
        ConsolePairing.approve(driver, kioskCode, "k1");

        // The visitor takes a ticket at the kiosk.
        driver.switchTo().window(kiosk);
        // The demo hall groups its matters by department: the department first, then the matter.
        new KioskPage(driver).waitUntil(d -> !d.findElements(By.cssSelector("#choices .choice")).isEmpty());
        new KioskPage(driver).take(serviceId);
        WebElement numberOnTicket = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")));
        waiting().until(d -> !numberOnTicket.getText().isBlank());
        String number = numberOnTicket.getText().trim();
        String track = driver.findElement(By.id("ticket-track")).getText().trim();
        URI trackUri = URI.create(track);
        String ticketId = trackUri.getPath().substring(trackUri.getPath().lastIndexOf('/') + 1);
        String key = trackUri.getQuery().substring("key=".length());
        assertThat(number).matches("[A-Z]{1,2}\\d{3}");

        // The hall board listens before anyone calls.
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base + "/display/");
        String board = driver.getWindowHandle();
        waitUntilLive();

        // A clerk signs in, picks window 1, opens it and calls.
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base + "/counter/");
        String console = driver.getWindowHandle();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys("s01");
        driver.findElement(By.id("password")).sendKeys("demo-s01");
        driver.findElement(By.id("login")).click();
        WebElement picker = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("counter-select")));
        waiting().until(d -> new Select(picker).getOptions().size() >= 1);
        new Select(picker).selectByValue(COUNTER);
        waitUntilLive();
        By open = By.id("open");
        By call = By.id("call");
        if (driver.findElement(open).isEnabled()) {
            driver.findElement(open).click();
        }
        waiting().until(ExpectedConditions.elementToBeClickable(call)).click();
        waiting().until(ExpectedConditions.textToBe(By.id("current-number"), number));

        driver.switchTo().window(board);
        waiting().until(ExpectedConditions.textToBe(By.id("latest-number"), number));

        // The clerk completes the visit; the visitor rates it on the window's pad.
        driver.switchTo().window(console);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("complete"))).click();
        waiting().until(ExpectedConditions.textToBe(By.id("current-number"), "—"));

        // The window's pad is paired the same way, then asks the visitor who just finished.
        driver.switchTo().window(kiosk);
        driver.get(base + "/pad/?counter=" + COUNTER);
        String padCode = ConsolePairing.codeShown(driver);
        driver.switchTo().window(manager);
        ConsolePairing.approve(driver, padCode, "pad" + COUNTER);
        driver.switchTo().window(kiosk);
        waiting().until(ExpectedConditions.textToBe(By.id("rate-number"), number));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-score='5']"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));

        // The rating reached the hub: a second one is refused.
        HttpResponse<String> again = post("/api/v1/tickets/" + ticketId + "/rating", new JsonObject().put("key", key).put("score", 4));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(new JsonObject(again.body()).getJsonObject("error").getString("code")).isEqualTo("ALREADY_RATED");

        // The ticket's own page says it is done.
        driver.get(track);
        waiting().until(ExpectedConditions.textToBe(By.id("ticket-number"), number));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-text"), "已办结"));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** The page's event-bus connection is open (eventbus.js marks the document). */
    private void waitUntilLive() {
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-bus", "open"));
    }

    /** A service the given window serves, so that its call finds the kiosk's ticket. */
    private String aServiceOfWindow(String counterId) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/hall")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        JsonObject hall = new JsonObject(res.body());
        JsonArray services = hall.getJsonArray("services");
        JsonArray profile = hall.getJsonArray("counters").stream()
                .map(JsonObject.class::cast)
                .filter(c -> counterId.equals(c.getString("id")))
                .findFirst().orElseThrow().getJsonArray("profile");
        return services.stream()
                .map(JsonObject.class::cast)
                .filter(s -> s.getBoolean("open", true))
                .map(s -> s.getString("id"))
                .filter(id -> profile.contains("*") || profile.contains(id))
                .findFirst().orElseThrow(() -> new AssertionError("window " + counterId + " serves no open service"));
    }

    private HttpResponse<String> post(String path, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
