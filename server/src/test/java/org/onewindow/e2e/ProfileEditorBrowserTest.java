package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The manager's profile editor offers a window only what its staff are trained for (its skills in the
 * hall file): window 1 (commerce, trained for tax too) is offered those two and not "every matter";
 * window 3 (every matter) is offered everything. Saving a widening within the skills takes effect.
 */
class ProfileEditorBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private TestHub hub;
    private WebDriver driver;

    @BeforeEach
    void startHubAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        driver = HeadlessChromium.start(temp.resolve("chromium-profile"));
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
    void theEditorOffersOnlyTheServicesTheWindowIsTrainedFor() {
        driver.get("http://127.0.0.1:" + hub.port() + "/manager/");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys("m01");
        driver.findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
        driver.findElement(By.id("login")).click();

        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-edit='1']"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-editor")));
        assertThat(offered()).containsExactly("commerce", "tax");
        assertThat(driver.findElement(By.id("profile-all")).isDisplayed()).isFalse();

        driver.findElement(By.cssSelector("#profile-services input[value='tax']")).click();
        driver.findElement(By.id("profile-save")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("profile-editor")));
        assertThat(profileOf("1")).containsExactly("commerce", "tax");

        driver.findElement(By.cssSelector("[data-edit='3']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-editor")));
        assertThat(offered()).containsExactly("commerce", "tax", "records");
        assertThat(driver.findElement(By.id("profile-all")).isDisplayed()).isTrue();
    }

    private List<String> offered() {
        return driver.findElements(By.cssSelector("#profile-services input")).stream().map(i -> i.getAttribute("value")).toList();
    }

    private List<Object> profileOf(String counter) {
        return waiting().until(d -> {
            JsonObject c = hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").stream().map(JsonObject.class::cast)
                    .filter(x -> counter.equals(x.getString("id"))).findFirst().orElseThrow();
            List<Object> profile = c.getJsonArray("profile").getList();
            return profile.size() > 1 ? profile : null;
        });
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }
}
