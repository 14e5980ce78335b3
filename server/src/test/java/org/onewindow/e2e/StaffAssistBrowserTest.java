package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** 帮办代办: a clerk takes a ticket at the counter console for a visitor who cannot use the kiosk. */
class StaffAssistBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.of(TestHub::start);

    @Test
    void aClerkTakesAPriorityTicketForAVisitorOnTheStaffChannel() {
        WebDriver driver = hall.driver();
        hall.signIn("/counter/", "s01");
        WebElement service = hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assist-service")));
        hall.waiting().until(d -> new Select(service).getOptions().size() == 3);
        new Select(service).selectByValue("tax");
        driver.findElement(By.id("assist-priority")).click();
        driver.findElement(By.id("assist-issue")).click();
        hall.waiting().until(ExpectedConditions.attributeToBe(By.id("assist-result"), "data-number", "B001"));
        assertThat(driver.findElement(By.id("assist-result")).getText()).contains("B001");

        JsonObject queued = hall.hub().get("/api/v1/counters/2/queue", hall.hub().login("s02")).bodyAsJsonObject();
        assertThat(queued.encode()).contains("\"channel\":\"staff\"").contains("\"priority\":\"priority\"");
    }
}
