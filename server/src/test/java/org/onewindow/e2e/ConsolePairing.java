package org.onewindow.e2e;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Pairing a kiosk or pad page as people do it: read the code off the device, type it in the manager console. */
final class ConsolePairing {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private ConsolePairing() {
    }

    /** The six digits the device page in the current tab shows while it waits to be paired. */
    static String codeShown(WebDriver driver) {
        WebElement code = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("pairing-code")));
        return code.getText().replaceAll("\\D", "");
    }

    /** In a signed-in manager console: types the code into the waiting request and pairs it as {@code deviceId}. */
    static void approve(WebDriver driver, String code, String deviceId) {
        WebDriverWait waiting = new WebDriverWait(driver, WAIT);
        WebElement row = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pairings-body tr[data-pairing]")));
        WebElement input = row.findElement(By.cssSelector("input.code-input"));
        input.sendKeys(code);
        new Select(row.findElement(By.tagName("select"))).selectByValue(deviceId);
        row.findElement(By.cssSelector("[data-approve]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices-notice"), deviceId));
    }

    /**
     * As a manager would from another console, over HTTP: approves the one waiting request of this
     * kind with the code the page shows.
     */
    static void approveOverHttp(String base, String code, String kind, String deviceId, String manager, String password)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = new JsonObject(send(http, base, "POST", "/api/v1/sessions", null,
                new JsonObject().put("staff", manager).put("password", password))).getString("token");
        JsonArray pending = new JsonObject(send(http, base, "GET", "/api/v1/pairings", token, null)).getJsonArray("pairings");
        String id = pending.stream().map(JsonObject.class::cast).filter(p -> kind.equals(p.getString("kind")))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no " + kind + " waits to be paired"))
                .getString("id");
        send(http, base, "POST", "/api/v1/pairings/" + id + "/approve", token, new JsonObject().put("code", code).put("device", deviceId));
    }

    private static String send(HttpClient http, String base, String method, String path, String token, JsonObject body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Signs a manager into the console in the current tab. */
    static void signInManager(WebDriver driver, String base, String staff, String password) {
        StaffSignIn.on(driver, base + "/manager/", staff, password);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("devices-panel")));
    }
}
