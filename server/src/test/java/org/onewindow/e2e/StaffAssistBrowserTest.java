package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 帮办代办: a clerk takes a ticket at the counter console for a visitor who cannot use the kiosk. */
class StaffAssistBrowserTest {
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

    @Test
    void aClerkTakesAPriorityTicketForAVisitorOnTheStaffChannel() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        driver = HeadlessChromium.start(temp.resolve("profile"));
        driver.get("http://127.0.0.1:" + hub.port() + "/counter/");
        WebDriverWait waiting = new WebDriverWait(driver, WAIT);
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys("s01");
        driver.findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
        driver.findElement(By.id("login")).click();
        WebElement service = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("assist-service")));
        waiting.until(d -> new Select(service).getOptions().size() == 3);
        new Select(service).selectByValue("tax");
        driver.findElement(By.id("assist-priority")).click();
        driver.findElement(By.id("assist-issue")).click();
        waiting.until(ExpectedConditions.attributeToBe(By.id("assist-result"), "data-number", "B001"));
        assertThat(driver.findElement(By.id("assist-result")).getText()).contains("B001");

        JsonObject queued = hub.get("/api/v1/counters/2/queue", hub.login("s02")).bodyAsJsonObject();
        assertThat(queued.encode()).contains("\"channel\":\"staff\"").contains("\"priority\":\"priority\"");
    }
}
