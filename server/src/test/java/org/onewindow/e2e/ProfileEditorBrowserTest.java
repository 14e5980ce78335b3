package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manager's profile editor offers a window only what its staff are trained for (its skills in the
 * hall file): window 1 (commerce, trained for tax too) is offered those two and not "every matter";
 * window 3 (every matter) is offered everything. Saving a widening within the skills takes effect. The
 * console's badge names the manager (王经理 · 管理员), not their staff id.
 */
class ProfileEditorBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.of(TestHub::start);

    @Test
    void theEditorOffersOnlyTheServicesTheWindowIsTrainedFor() {
        hall.driver().get("http://127.0.0.1:" + hall.hub().port() + "/manager/");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys("m01");
        hall.driver().findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
        hall.driver().findElement(By.id("login")).click();

        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "王经理 · 管理员"));
        hall.click(By.cssSelector("[data-edit='1']"));
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-editor")));
        assertThat(offered()).containsExactly("commerce", "tax");
        assertThat(hall.driver().findElement(By.id("profile-all")).isDisplayed()).isFalse();

        hall.driver().findElement(By.cssSelector("#profile-services input[value='tax']")).click();
        hall.driver().findElement(By.id("profile-save")).click();
        hall.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("profile-editor")));
        assertThat(profileOf("1")).containsExactly("commerce", "tax");

        hall.click(By.cssSelector("[data-edit='3']"));
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-editor")));
        assertThat(offered()).containsExactly("commerce", "tax", "records");
        assertThat(hall.driver().findElement(By.id("profile-all")).isDisplayed()).isTrue();
    }

    private List<String> offered() {
        return hall.driver().findElements(By.cssSelector("#profile-services input")).stream().map(i -> i.getAttribute("value")).toList();
    }

    private List<Object> profileOf(String counter) {
        return hall.waiting().until(d -> {
            JsonObject c = hall.hub().get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").stream().map(JsonObject.class::cast)
                    .filter(x -> counter.equals(x.getString("id"))).findFirst().orElseThrow();
            List<Object> profile = c.getJsonArray("profile").getList();
            return profile.size() > 1 ? profile : null;
        });
    }
}
